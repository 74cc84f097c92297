import { z } from "zod";
import { checkTaxId } from "@/lib/kz/tax-id";
import { isValidKzIban, normaliseIban } from "@/lib/kz/iban";
import { SUBSCRIBER_KINDS } from "@/lib/domain";

// A subscriber's requisites, shared by the accession wizard and staff registration.
// Messages are keys of the `validation` catalogue.

export const zSubscriberKind = z.enum(SUBSCRIBER_KINDS, "validation.choose");

export const zIban = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform(normaliseIban)
  .refine((v) => /^KZ/.test(v) && v.length === 20, "validation.ibanFormat")
  .refine(isValidKzIban, "validation.ibanChecksum");

// SWIFT/BIC: 8 or 11 characters; Kazakh banks' end in KZ + 2 characters, e.g. CASPKZKA.
export const zBic = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{4}KZ[A-Z0-9]{2}([A-Z0-9]{3})?$/, "validation.bic");

export const ZRequisites = z
  .object({
    kind: zSubscriberKind,
    taxId: z.string().trim().min(1, "validation.required"),
    name: z.string().trim().min(2, "validation.required").max(300, "validation.tooLong"),
    shortName: z.string().trim().min(2, "validation.required").max(120, "validation.tooLong"),
    legalAddress: z.string().trim().min(5, "validation.required").max(300, "validation.tooLong"),
    postalAddress: z.string().trim().min(5, "validation.required").max(300, "validation.tooLong"),
    iban: zIban,
    bic: zBic,
    bankName: z.string().trim().max(200, "validation.tooLong").optional(),
    isVatPayer: z.boolean(),
  })
  .superRefine((value, ctx) => {
    const kind = value.kind === "PERSON" ? "IIN" : "BIN";
    const problem = checkTaxId(value.taxId, kind);
    if (problem) {
      const key = problem === "format" ? "validation.taxIdFormat" : problem === "checkDigit" ? "validation.taxIdCheckDigit" : kind === "BIN" ? "validation.binKind" : "validation.iinKind";
      ctx.addIssue({ code: "custom", path: ["taxId"], message: key });
    }
  });
export type TRequisites = z.infer<typeof ZRequisites>;
