import { z } from "zod";
import { ZRequisites } from "./requisites";
import { zEmail, zPersonName, zPhone } from "./common";
import { BILLING_METHODS } from "@/lib/domain";
import { LOCALES } from "@/lib/i18n/config";

// Staff registration of a subscriber (clause 1.7, the second path): the wizard's
// requisites and validation, the contacts, the owner who gets the activation mail, and
// the billing method of the account.
export const ZRegisterSubscriber = z
  .object({
    requisites: ZRequisites,
    contactName: zPersonName,
    contactEmail: zEmail,
    contactPhone: zPhone,
    signatoryName: z.string().trim().max(200, "validation.tooLong").optional(),
    signatoryPosition: z.string().trim().max(200, "validation.tooLong").optional(),
    owner: z.object({
      email: zEmail,
      name: zPersonName,
      phone: zPhone,
      locale: z.enum(LOCALES),
    }),
    billingMethod: z.enum(BILLING_METHODS, "validation.choose"),
  })
  .superRefine((v, ctx) => {
    // The offer gives postpaid billing to organisations and sole proprietors only.
    if (v.requisites.kind === "PERSON" && v.billingMethod === "POSTPAID") {
      ctx.addIssue({ code: "custom", path: ["billingMethod"], message: "staff.register.errors.postpaidForPerson" });
    }
  });
export type TRegisterSubscriber = z.infer<typeof ZRegisterSubscriber>;
export type TRegisterSubscriberInput = z.input<typeof ZRegisterSubscriber>;
