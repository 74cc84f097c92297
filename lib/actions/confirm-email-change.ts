"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
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

  let change: { user: { id: string; email: string; name: string; locale: string }; newEmail: string };
  try {
    change = await db.$transaction(async (tx) => {
      const consumed = await consumeAuthToken(tx, token, "EMAIL_CHANGE");
      if (consumed.state !== "valid") throw tokenRefusal(consumed.state);
      const newEmail = String(consumed.payload?.newEmail ?? "");
      const user = await tx.user.findUnique({ where: { id: consumed.userId } });
      if (!user || !newEmail || user.status !== "ACTIVE") throw tokenRefusal("unknown");
      if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } })) throw emailTaken();
      await tx.user.update({ where: { id: user.id }, data: { email: newEmail } });
      await tx.profileChange.create({
        data: { userId: user.id, field: "email", oldValue: user.email, newValue: newEmail, changedById: user.id, ip: ctx.meta.ip },
      });
      await writeAudit(
        { action: "profile.email_change", objectType: "user", objectId: user.id, actorId: user.id, details: { from: user.email, to: newEmail }, meta: ctx.meta },
        tx,
      );
      return { user, newEmail };
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw emailTaken();
    throw error;
  }

  let isNotified = true;
  try {
    await sendAuthMail(change.user, { kind: "email-changed", newEmail: change.newEmail, to: change.user.email });
  } catch (error) {
    console.error("[auth] email-changed notice not sent", error);
    isNotified = false;
  }
  return { email: change.newEmail, isNotified };
});
