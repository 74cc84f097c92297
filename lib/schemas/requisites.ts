import { z } from "zod";
import { checkTaxId } from "@/lib/kz/tax-id";
import { isValidKzIban, normaliseIban } from "@/lib/kz/iban";
import { SUBSCRIBER_KINDS, type TSubscriberKind } from "@/lib/domain";

// A subscriber's requisites, shared by the accession wizard and staff registration.
// Messages are keys of the `validation` catalogue.

export const zSubscriberKind = z.enum(SUBSCRIBER_KINDS, "validation.choose");

// People type BINs and IINs with spaces ("150 440 001 236"); the digits are what counts.
export const zTaxId = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform((v) => v.replace(/[\s-]/g, ""));

export const zIban = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform(normaliseIban)
  .refine((v) => /^KZ/.test(v) && v.length === 20, { message: "validation.ibanFormat", abort: true })
  .refine(isValidKzIban, "validation.ibanChecksum");

// SWIFT/BIC: 8 or 11 characters; Kazakh banks' end in KZ + 2 characters, e.g. CASPKZKA.
export const zBic = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{4}KZ[A-Z0-9]{2}([A-Z0-9]{3})?$/, "validation.bic");

// The fields, exported so a form with extra fields (the wizard's "postal address is the
// same" box) reuses them without losing the checks below.
export const requisitesShape = {
  kind: zSubscriberKind,
  taxId: zTaxId,
  name: z.string().trim().min(2, "validation.required").max(300, "validation.tooLong"),
  shortName: z.string().trim().min(2, "validation.required").max(120, "validation.tooLong"),
  legalAddress: z.string().trim().min(5, "validation.required").max(300, "validation.tooLong"),
  postalAddress: z.string().trim().min(5, "validation.required").max(300, "validation.tooLong"),
  iban: zIban,
  bic: zBic,
  bankName: z.string().trim().max(200, "validation.tooLong").optional(),
  isVatPayer: z.boolean(),
};

export function taxIdKindOf(kind: TSubscriberKind): "BIN" | "IIN" {
  return kind === "PERSON" ? "IIN" : "BIN";
}

// A BIN for a legal entity or sole proprietor, an IIN for a person, each with a valid
// check digit; a private person is never a VAT payer.
export function checkRequisites(
  value: { kind: TSubscriberKind; taxId: string; isVatPayer: boolean },
  ctx: z.RefinementCtx,
): void {
  const kind = taxIdKindOf(value.kind);
  // An empty field already says "required"; no second message on top of it.
  const problem = value.taxId ? checkTaxId(value.taxId, kind) : null;
  if (problem) {
    const key =
      problem === "format"
        ? "validation.taxIdFormat"
        : problem === "checkDigit"
          ? "validation.taxIdCheckDigit"
          : kind === "BIN"
            ? "validation.binKind"
            : "validation.iinKind";
    ctx.addIssue({ code: "custom", path: ["taxId"], message: key });
  }
  if (value.kind === "PERSON" && value.isVatPayer) {
    ctx.addIssue({ code: "custom", path: ["isVatPayer"], message: "validation.personNotVatPayer" });
  }
}

export const ZRequisites = z.object(requisitesShape).superRefine(checkRequisites);
export type TRequisites = z.infer<typeof ZRequisites>;
