import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

// The password rules of the cabinet, kept pure so the forms, the actions and the tests use
// one definition. Every problem is a key of the `validation` catalogue.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
// Shorter names than this are too likely to occur by chance inside a good password.
const CONTAINS_MIN = 4;

export type TPasswordProblem =
  | "validation.passwordShort"
  | "validation.passwordLong"
  | "validation.passwordLettersDigits"
  | "validation.passwordLikeLogin"
  | "validation.passwordCommon";

export type TPasswordContext = { login?: string | null; email?: string | null };

export function isCommonPassword(password: string): boolean {
  const lowered = password.toLowerCase();
  // "Qwerty-123456!" is as weak as "qwerty123456": compare without separators too.
  const bare = lowered.replace(/[^\p{L}\p{N}]/gu, "");
  return COMMON_PASSWORDS.has(lowered) || COMMON_PASSWORDS.has(bare);
}

// The person's own names, which a password must neither be nor contain.
function identities(context: TPasswordContext): string[] {
  const email = context.email?.trim().toLowerCase() ?? "";
  const local = email.split("@")[0] ?? "";
  return [context.login?.trim().toLowerCase() ?? "", email, local].filter(Boolean);
}

// The first rule `password` breaks, or null when it is acceptable.
export function passwordProblem(password: string, context: TPasswordContext = {}): TPasswordProblem | null {
  if (password.length < PASSWORD_MIN) return "validation.passwordShort";
  if (password.length > PASSWORD_MAX) return "validation.passwordLong";
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) return "validation.passwordLettersDigits";
  const lowered = password.toLowerCase();
  for (const name of identities(context)) {
    if (lowered === name || (name.length >= CONTAINS_MIN && lowered.includes(name))) return "validation.passwordLikeLogin";
  }
  if (isCommonPassword(password)) return "validation.passwordCommon";
  return null;
}

// A new password on its own (the rules that need no context).
export const zNewPassword = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

// The new password typed twice; `login` may sit in the same form (activation).
export function refinePasswordPair(
  value: { password?: string; passwordConfirm?: string; login?: string },
  ctx: z.RefinementCtx,
  context: TPasswordContext = {},
): void {
  const password = value.password ?? "";
  const problem = passwordProblem(password, { login: value.login ?? context.login, email: context.email });
  // zNewPassword already reported the context-free problems on the field itself.
  if (problem === "validation.passwordLikeLogin") ctx.addIssue({ code: "custom", message: problem, path: ["password"] });
  if (value.passwordConfirm !== password) {
    ctx.addIssue({ code: "custom", message: "validation.passwordMismatch", path: ["passwordConfirm"] });
  }
}
