"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { publicAction } from "@/lib/safe-action";
import { ZActivate } from "@/lib/schemas/activation";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { consumeAuthToken, peekAuthToken } from "@/lib/server/auth/consume-auth-token";
import { isUniqueViolation } from "@/lib/server/auth/is-unique-violation";
import { tokenRefusal } from "@/lib/server/auth/token-refusal";
import { clock } from "@/lib/clock";

const loginTaken = () => new AppError("VALIDATION", "validation", { fieldErrors: { login: "validation.loginTaken" } });

// Completes registration: the person chose a login and a password at the activation link.
// The link is used up in the same transaction that activates the account, so it works
// exactly once; a bad login or password leaves it usable. The client then signs in.
export const activateAccount = publicAction(ZActivate, async (input, ctx) => {
  const peeked = await peekAuthToken(input.token, "ACTIVATION");
  if (peeked.state !== "valid") throw tokenRefusal(peeked.state);
  const user = await db.user.findUnique({ where: { id: peeked.userId } });
  if (!user || user.status !== "PENDING") throw tokenRefusal("used");

  const problem = passwordProblem(input.password, { login: input.login, email: user.email });
  if (problem) throw new AppError("VALIDATION", "validation", { fieldErrors: { password: problem } });
  const loginKey = input.login.toLowerCase();
  if (await db.user.findUnique({ where: { loginKey }, select: { id: true } })) throw loginTaken();

  const passwordHash = await hashPassword(input.password);
  const now = clock.now();
  try {
    await db.$transaction(async (tx) => {
      // A write first: SQLite then takes the write lock up front instead of upgrading a
      // read lock later, which another writer could refuse outright.
      const activated = await tx.user.updateMany({
        where: { id: user.id, status: "PENDING" },
        data: { login: input.login, loginKey, passwordHash, status: "ACTIVE", activatedAt: now, failedLoginCount: 0, lockedUntil: null },
      });
      if (activated.count !== 1) throw tokenRefusal("used");
      const consumed = await consumeAuthToken(tx, input.token, "ACTIVATION");
      if (consumed.state !== "valid" || consumed.userId !== user.id) throw tokenRefusal(consumed.state === "valid" ? "unknown" : consumed.state);
      await tx.profileChange.createMany({
        data: [
          { userId: user.id, field: "login", oldValue: null, newValue: input.login, changedById: user.id, ip: ctx.meta.ip },
          { userId: user.id, field: "password", oldValue: null, newValue: null, changedById: user.id, ip: ctx.meta.ip },
        ],
      });
      await writeAudit({ action: "user.activate", objectType: "user", objectId: user.id, actorId: user.id, meta: ctx.meta }, tx);
    });
  } catch (error) {
    // Someone took the login between the check and the write.
    if (isUniqueViolation(error, "loginKey")) throw loginTaken();
    throw error;
  }
  return { login: input.login };
});
