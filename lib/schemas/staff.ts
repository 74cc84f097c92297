import { z } from "zod";
import { zId } from "./common";
import { ACCESS_HOURS, ACCOUNT_OPERATIONS, REASON_MIN, isReasonRequired, type TAccountOperation } from "./staff-limits";

// Inputs of the staff console's actions and of the owner's provider-access screen.
// Messages are catalogue keys; the choices and rules the forms show too are in
// staff-limits.ts.

export { ACCESS_HOURS, ACCOUNT_OPERATIONS, REASON_MIN, isReasonRequired, type TAccountOperation };

const zReason = z.string().trim().min(5, "staff.validation.reason").max(500, "validation.tooLong");

// "View as" needs a stated purpose: the owner reads it on the provider-access screen.
export const ZStartImpersonation = z.object({
  accountId: zId,
  userId: zId.min(1, "validation.choose"),
  reason: z.string("staff.validation.purpose").trim().min(5, "staff.validation.purpose").max(300, "validation.tooLong"),
});
export type TStartImpersonation = z.infer<typeof ZStartImpersonation>;

const zHours = z.coerce.number().refine((h) => (ACCESS_HOURS as readonly number[]).includes(h), "validation.choose");

export const ZRequestProviderAccess = z.object({ accountId: zId, reason: zReason });
export type TRequestProviderAccess = z.infer<typeof ZRequestProviderAccess>;

export const ZDecideProviderAccess = z.object({
  accountId: zId,
  requestId: zId,
  decision: z.enum(["APPROVE", "DECLINE", "REVOKE"]),
  hours: zHours.optional(),
});

export const ZSetProviderAccessConsent = z.object({ accountId: zId, isRequired: z.boolean() });

// A reason missing where isReasonRequired asks for one is a field error on `reason`, so the
// form shows it where it is typed.
const zOptionalReason = z.string().trim().max(500, "validation.tooLong").optional();
const requireReason = (v: { operation: string; reason?: string }, ctx: z.RefinementCtx) => {
  if (isReasonRequired(v.operation) && (v.reason ?? "").length < REASON_MIN) {
    ctx.addIssue({ code: "custom", path: ["reason"], message: "staff.validation.reason" });
  }
};

export const ZChangeAccountStatus = z
  .object({ accountId: zId, operation: z.enum(ACCOUNT_OPERATIONS, "validation.choose"), reason: zOptionalReason })
  .superRefine(requireReason);
export type TChangeAccountStatus = z.infer<typeof ZChangeAccountStatus>;

export const ZChangeUserStatus = z
  .object({ userId: zId, operation: z.enum(["BLOCK", "UNBLOCK"], "validation.choose"), reason: zOptionalReason })
  .superRefine(requireReason);
export type TChangeUserStatus = z.infer<typeof ZChangeUserStatus>;

export const ZResendActivation = z.object({ userId: zId });

export const ZImpersonationView = z.object({ path: z.string().trim().min(1).max(300).startsWith("/") });

export const ZRetryMail = z.object({ jobId: zId });
