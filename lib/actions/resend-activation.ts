"use server";

import { db } from "@/lib/db";
import { publicAction } from "@/lib/safe-action";
import { ZEmailOnly } from "@/lib/schemas/register";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { limitMailRequests } from "@/lib/server/auth/limit-mail-requests";
import { sendActivationLink } from "@/lib/server/auth/send-activation-link";
import { sendAuthMail } from "@/lib/server/auth/send-auth-mail";

// "Send the link again": a new activation link replaces the old one. The answer never
// says whether the address is known.
export const resendActivation = publicAction(ZEmailOnly, async ({ email }, ctx) => {
  await limitMailRequests(ctx.meta, email);
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return { email };
  await writeAudit({ action: "user.activation_resend", objectType: "user", objectId: user.id, subjectUserId: user.id, meta: ctx.meta });
  if (user.status === "PENDING") await sendActivationLink(user);
  else await sendAuthMail(user, { kind: "already-registered" });
  return { email };
});
