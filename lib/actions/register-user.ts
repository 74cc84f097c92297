"use server";

import { queueMail } from "@/lib/email/mail-queue";
import { AppError } from "@/lib/errors";
import { publicAction } from "@/lib/safe-action";
import { ZRegister } from "@/lib/schemas/register";
import { getCurrentAgreement } from "@/lib/server/agreement/get-current-agreement";
import { limitMailRequests } from "@/lib/server/auth/limit-mail-requests";

// Registration (clauses 1.6–1.8). The answer is the same, in the same time, whether the
// address is new or known, so the form cannot be used to find out who is a customer: the
// request is queued and the mail worker settles it (lib/server/auth/handle-sign-in-request.ts).
export const registerUser = publicAction(ZRegister, async (input, ctx) => {
  await limitMailRequests(ctx.meta, input.email);
  const agreement = await getCurrentAgreement("AGREEMENT");
  // What is stored must be what the person was shown: a version that took effect while
  // the form was open sends them back to read it.
  if (!agreement || agreement.version !== input.agreementVersion) throw new AppError("CONFLICT", "agreementChanged");
  await queueMail({
    kind: "request",
    request: {
      flow: "registration",
      email: input.email,
      name: input.name,
      phone: input.phone,
      locale: ctx.locale,
      agreementId: agreement.id,
      agreementVersion: agreement.version,
      meta: ctx.meta,
    },
  });
  return { email: input.email };
});
