"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashToken } from "@/lib/auth/tokens";
import { publicAction } from "@/lib/safe-action";
import { ZTokenOnly } from "@/lib/schemas/profile";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { consumeAuthToken, peekAuthToken } from "@/lib/server/auth/consume-auth-token";
import { isUniqueViolation } from "@/lib/server/auth/is-unique-violation";
import { sendAuthMail } from "@/lib/server/auth/send-auth-mail";
import { tokenRefusal } from "@/lib/server/auth/token-refusal";

const emailTaken = () => new AppError("CONFLICT", "emailTaken");

// Applies a new address from the link mailed to it. Holding the link proves the mailbox,
// so no sign-in is needed (the person may open it on another device). The old address is
// told, so a change its owner did not make is noticed.
export const confirmEmailChange = publicAction(ZTokenOnly, async ({ token }, ctx) => {
  const peeked = await peekAuthToken(token, "EMAIL_CHANGE");
  if (peeked.state !== "valid") throw tokenRefusal(peeked.state);
  const row = await db.authToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  const user = row.user;
  const newEmail = String((row.payload ? JSON.parse(row.payload) : {}).newEmail ?? "");
  if (!newEmail || user.status !== "ACTIVE") throw tokenRefusal("unknown");
  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })) throw emailTaken();

  try {
    await db.$transaction(async (tx) => {
      // The write first, so SQLite takes the write lock at once (see activate-account); the
      // unique index on email refuses an address taken since the check above.
      await tx.user.update({ where: { id: user.id }, data: { email: newEmail } });
      const consumed = await consumeAuthToken(tx, token, "EMAIL_CHANGE");
      if (consumed.state !== "valid" || consumed.userId !== user.id) throw tokenRefusal(consumed.state === "valid" ? "unknown" : consumed.state);
      await tx.profileChange.create({
        data: { userId: user.id, field: "email", oldValue: user.email, newValue: newEmail, changedById: user.id, ip: ctx.meta.ip },
      });
      await writeAudit(
        { action: "profile.email_change", objectType: "user", objectId: user.id, actorId: user.id, details: { from: user.email, to: newEmail }, meta: ctx.meta },
        tx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw emailTaken();
    throw error;
  }

  let isNotified = true;
  try {
    await sendAuthMail(user, { kind: "email-changed", newEmail, to: user.email });
  } catch (error) {
    console.error("[auth] email-changed notice not sent", error);
    isNotified = false;
  }
  return { email: newEmail, isNotified };
});
