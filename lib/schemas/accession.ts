import { z } from "zod";
import { BILLING_METHODS, type TSubscriberKind } from "@/lib/domain";
import { zEmail, zId, zPersonName, zPhone } from "./common";
import { checkRequisites, requisitesShape, zSubscriberKind } from "./requisites";
import { MAX_QUANTITY, almatyToday, chosenItems } from "./accession-limits";

// The offer wizard: one schema per step, with which the save action validates the step's
// form (the form shows its field errors and takes its types from here); `firstIncompleteStep`
// is the order rule both the pages and the actions enforce. Steps 2–4 carry the kind chosen
// in step 1, so each validates on its own (a BIN or an IIN, a signatory or none, postpaid
// or not); the server checks it matches.

export const ACCESSION_STEPS = ["kind", "requisites", "contacts", "services", "review"] as const;
export type TAccessionStep = (typeof ACCESSION_STEPS)[number];
export const DRAFT_TTL_DAYS = 30;
// What the forms need too, kept free of zod in accession-limits.ts.
export { MAX_QUANTITY, almatyToday, chosenItems };

export function stepNumber(step: TAccessionStep): number {
  return ACCESSION_STEPS.indexOf(step) + 1;
}

export function stepAt(number: number): TAccessionStep {
  return ACCESSION_STEPS[Math.min(Math.max(number, 1), ACCESSION_STEPS.length) - 1];
}

export function isOrganisation(kind: TSubscriberKind): boolean {
  return kind !== "PERSON";
}

// ── step 1 ──
export const ZKindStep = z.object({ kind: zSubscriberKind });
export type TKindStep = z.infer<typeof ZKindStep>;

// ── step 2 ──
export const ZRequisitesStep = z
  .object({
    ...requisitesShape,
    // Required only when the box "same as the legal address" is not ticked.
    postalAddress: z.string().trim().max(300, "validation.tooLong"),
    postalSameAsLegal: z.boolean(),
  })
  .superRefine((value, ctx) => {
    checkRequisites(value, ctx);
    if (!value.postalSameAsLegal && value.postalAddress.length < 5) {
      ctx.addIssue({ code: "custom", path: ["postalAddress"], message: "validation.required" });
    }
  });
export type TRequisitesStep = z.output<typeof ZRequisitesStep>;
export type TRequisitesStepInput = z.input<typeof ZRequisitesStep>;

// ── step 3 ──
export const SIGNATORY_AUTHORITIES = ["CHARTER", "POWER_OF_ATTORNEY"] as const;
export type TSignatoryAuthority = (typeof SIGNATORY_AUTHORITIES)[number];

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const ZContactsStep = z
  .object({
    kind: zSubscriberKind,
    contactName: zPersonName,
    contactEmail: zEmail,
    contactPhone: zPhone,
    // The signatory: for an organisation only; a person signs for themselves.
    signatoryName: z.string().trim().max(120, "validation.tooLong"),
    signatoryPosition: z.string().trim().max(120, "validation.tooLong"),
    signatoryAuthority: z.union([z.enum(SIGNATORY_AUTHORITIES), z.literal("")], "validation.choose"),
    poaNumber: z.string().trim().max(50, "validation.tooLong"),
    poaDate: z.string().trim(),
  })
  .superRefine((value, ctx) => {
    if (!isOrganisation(value.kind)) return;
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (value.signatoryName.length < 2) issue("signatoryName", "validation.name");
    if (value.signatoryPosition.length < 2) issue("signatoryPosition", "validation.required");
    if (!value.signatoryAuthority) issue("signatoryAuthority", "validation.choose");
    if (value.signatoryAuthority !== "POWER_OF_ATTORNEY") return;
    if (!value.poaNumber) issue("poaNumber", "validation.required");
    if (!value.poaDate) issue("poaDate", "validation.required");
    else if (!isIsoDate(value.poaDate)) issue("poaDate", "validation.date");
    else if (value.poaDate > almatyToday()) issue("poaDate", "validation.poaDateFuture");
  });
export type TContactsStep = z.output<typeof ZContactsStep>;
export type TContactsStepInput = z.input<typeof ZContactsStep>;

// ── step 4 ──
// The form lists every tariff of the catalogue with a box and a quantity; only ticked
// rows count (and only they are stored). An emptied number field gives NaN.
export const ZServicesStep = z
  .object({
    kind: zSubscriberKind,
    billingMethod: z.enum(BILLING_METHODS, "validation.choose"),
    items: z.array(z.object({ tariffId: zId, selected: z.boolean(), quantity: z.union([z.number(), z.nan()]) })).max(100),
  })
  .superRefine((value, ctx) => {
    const chosen = value.items.filter((item) => item.selected);
    if (chosen.length === 0) ctx.addIssue({ code: "custom", path: ["items"], message: "validation.chooseService" });
    value.items.forEach((item, index) => {
      if (item.selected && !(Number.isInteger(item.quantity) && item.quantity >= 1 && item.quantity <= MAX_QUANTITY)) {
        ctx.addIssue({ code: "custom", path: ["items", index, "quantity"], message: "validation.quantity" });
      }
    });
    if (new Set(chosen.map((item) => item.tariffId)).size !== chosen.length) {
      ctx.addIssue({ code: "custom", path: ["items"], message: "validation.tariffUnavailable" });
    }
    if (value.billingMethod === "POSTPAID" && !isOrganisation(value.kind)) {
      ctx.addIssue({ code: "custom", path: ["billingMethod"], message: "validation.postpaidPerson" });
    }
  });
export type TServicesStep = z.output<typeof ZServicesStep>;
export type TServicesStepInput = z.input<typeof ZServicesStep>;

export type TTariffRef = { id: string; allowsPostpaid: boolean };

// The same schema plus what only the catalogue knows: the tariff is on sale, and the
// offer allows postpaid billing for every chosen tariff. The server builds it from the
// catalogue in the database.
export function servicesSchemaFor(tariffs: TTariffRef[]) {
  const byId = new Map(tariffs.map((t) => [t.id, t]));
  return ZServicesStep.superRefine((value, ctx) => {
    const chosen = value.items.filter((item) => item.selected);
    if (chosen.some((item) => !byId.has(item.tariffId))) {
      ctx.addIssue({ code: "custom", path: ["items"], message: "validation.tariffUnavailable" });
    }
    if (value.billingMethod === "POSTPAID" && chosen.some((item) => byId.get(item.tariffId)?.allowsPostpaid === false)) {
      ctx.addIssue({ code: "custom", path: ["billingMethod"], message: "validation.postpaidTariffs" });
    }
  });
}

// ── step 5 ──
const mustTick = (message: string) => z.boolean().refine((v) => v, message);

export const ZAcceptOffer = z.object({
  // The version the person read: if the provider publishes a new one meanwhile, they
  // are asked to read it rather than accepting a text they did not see.
  offerVersionId: zId,
  consentPersonalData: mustTick("validation.consentPersonalData"),
  acceptOffer: mustTick("validation.acceptOffer"),
});
export type TAcceptOffer = z.infer<typeof ZAcceptOffer>;

// ── the draft ──
export type TDraftData = {
  kind?: TKindStep;
  requisites?: TRequisitesStep;
  contacts?: TContactsStep;
  services?: TServicesStep;
};

export type TCompleteDraft = Required<TDraftData>;

// The first step whose saved data is missing or no longer valid (5 when steps 1–4 are
// all fine): a later step may not be opened or saved before it. Changing the kind in
// step 1 invalidates the later steps until they are saved again with the new kind.
export function firstIncompleteStep(data: TDraftData, tariffs: TTariffRef[]): number {
  const kind = ZKindStep.safeParse(data.kind);
  if (!kind.success) return 1;
  const sameKind = (step: { kind?: unknown } | undefined) => step?.kind === kind.data.kind;
  if (!sameKind(data.requisites) || !ZRequisitesStep.safeParse(data.requisites).success) return 2;
  if (!sameKind(data.contacts) || !ZContactsStep.safeParse(data.contacts).success) return 3;
  if (!sameKind(data.services) || !servicesSchemaFor(tariffs).safeParse(data.services).success) return 4;
  return 5;
}

export function isCompleteDraft(data: TDraftData, tariffs: TTariffRef[]): data is TCompleteDraft {
  return firstIncompleteStep(data, tariffs) === 5;
}

// The save action's envelope: which step, and its values (validated by that step's
// schema on the server, with field errors named as in the step's form).
export const ZSaveAccessionStep = z.object({
  step: z.enum(["kind", "requisites", "contacts", "services"]),
  values: z.record(z.string(), z.unknown()),
});
