"use server";

import { queueMail } from "@/lib/email/mail-queue";
import { publicAction } from "@/lib/safe-action";
import { ZEmailOnly } from "@/lib/schemas/register";
import { limitMailRequests } from "@/lib/server/auth/limit-mail-requests";

// "Forgot password": always the same answer, in the same time: the address is looked up
// by the mail worker (lib/server/auth/handle-sign-in-request.ts), not by the request.
export const requestPasswordReset = publicAction(ZEmailOnly, async ({ email }, ctx) => {
  await limitMailRequests(ctx.meta, email);
  await queueMail({ kind: "request", request: { flow: "password-reset", email, meta: ctx.meta } });
  return { email };
});
