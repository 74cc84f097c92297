"use server";

import { cookies } from "next/headers";
import { ACCOUNT_COOKIE } from "@/lib/auth/cabinet";
import { userAction } from "@/lib/safe-action";
import { ZAcceptOffer } from "@/lib/schemas/accession";
import { acceptOffer as accept } from "@/lib/server/accession/accept-offer";
import { sendContractMail } from "@/lib/server/accession/send-contract-mail";

// Accepts the public offer: creates the subscriber (once, however often it is called),
// mails the contract details, and makes the new account the cabinet's current one.
export const acceptOffer = userAction(ZAcceptOffer, async (input, ctx) => {
  const result = await accept(ctx.auth.user.id, input, ctx.meta);
  let isMailSent = !result.isNew;
  if (result.isNew) {
    try {
      await sendContractMail(ctx.auth.user.id, result.subscriberId);
      isMailSent = true;
    } catch (error) {
      // The contract stands without the mail: its details stay on /accession/done and in
      // the statement PDF. The failure is logged for the provider to resend.
      console.error("[accession] contract mail failed", error);
      await ctx.audit({ accountId: result.accountId, action: "accession.mail_failed", objectType: "subscriber", objectId: result.subscriberId });
    }
  }
  (await cookies()).set(ACCOUNT_COOKIE, result.accountId, { path: "/", httpOnly: true, sameSite: "lax" });
  return { ...result, isMailSent };
});
