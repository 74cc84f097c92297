import { z } from "zod";
import { zEmail, zPersonName, zPhone } from "./common";

// The registration form. `agreementVersion` is the version the person was shown: the
// action refuses it if a newer one took effect meanwhile, so what is stored is what was read.
export const ZRegister = z.object({
  email: zEmail,
  name: zPersonName,
  phone: zPhone,
  agreementVersion: z.string().trim().min(1).max(20),
  acceptAgreement: z.boolean().refine((v) => v, "validation.acceptAgreement"),
});
export type TRegister = z.infer<typeof ZRegister>;

// "Send the link again", and every other form that asks only for the address.
export const ZEmailOnly = z.object({ email: zEmail });
export type TEmailOnly = z.infer<typeof ZEmailOnly>;
