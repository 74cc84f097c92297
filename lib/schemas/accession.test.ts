import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  ZAcceptOffer,
  ZContactsStep,
  ZKindStep,
  ZRequisitesStep,
  ZServicesStep,
  almatyToday,
  firstIncompleteStep,
  servicesSchemaFor,
  type TDraftData,
} from "./accession";

function errorsOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const parsed = schema.safeParse(value);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path.join(".") || "root"] ??= issue.message;
  return errors;
}

const requisites = {
  kind: "LEGAL" as const,
  taxId: "170540004569",
  name: "ТОО «Жетісу Нет»",
  shortName: "Жетісу Нет",
  legalAddress: "050000, Алматы, ул. Абая, 10",
  postalAddress: "",
  postalSameAsLegal: true,
  iban: "KZ297220000000012345",
  bic: "CASPKZKA",
  bankName: "",
  isVatPayer: true,
};

const contacts = {
  kind: "LEGAL" as const,
  contactName: "Айгерим Нурланова",
  contactEmail: "Aigerim@Zhetysu.kz ",
  contactPhone: "8 (701) 234-56-78",
  signatoryName: "Нурлан Бекович Ахметов",
  signatoryPosition: "Директор",
  signatoryAuthority: "CHARTER" as const,
  poaNumber: "",
  poaDate: "",
};

const tariffs = [
  { id: "dia", allowsPostpaid: true },
  { id: "home", allowsPostpaid: false },
];

const services = {
  kind: "LEGAL" as const,
  billingMethod: "POSTPAID" as const,
  items: [
    { tariffId: "dia", selected: true, quantity: 2 },
    { tariffId: "home", selected: false, quantity: Number.NaN },
  ],
};

describe("step 1: who accedes", () => {
  it("takes one of the three kinds", () => {
    expect(errorsOf(ZKindStep, { kind: "SOLE" })).toEqual({});
    expect(errorsOf(ZKindStep, {})).toEqual({ kind: "validation.choose" });
    expect(errorsOf(ZKindStep, { kind: "GOVERNMENT" })).toEqual({ kind: "validation.choose" });
  });
});

describe("step 2: requisites", () => {
  it("accepts an organisation whose postal address is the legal one", () => {
    expect(errorsOf(ZRequisitesStep, requisites)).toEqual({});
  });

  it("needs a postal address when the box is not ticked", () => {
    expect(errorsOf(ZRequisitesStep, { ...requisites, postalSameAsLegal: false })).toEqual({ postalAddress: "validation.required" });
    expect(errorsOf(ZRequisitesStep, { ...requisites, postalSameAsLegal: false, postalAddress: "010000, Астана, а/я 15" })).toEqual({});
  });

  it("checks the BIN or IIN against the kind, and the IBAN", () => {
    expect(errorsOf(ZRequisitesStep, { ...requisites, kind: "PERSON", isVatPayer: false })).toEqual({ taxId: "validation.iinKind" });
    expect(errorsOf(ZRequisitesStep, { ...requisites, taxId: "901201400347" })).toEqual({ taxId: "validation.binKind" });
    expect(errorsOf(ZRequisitesStep, { ...requisites, taxId: "170540004560" })).toEqual({ taxId: "validation.taxIdCheckDigit" });
    expect(errorsOf(ZRequisitesStep, { ...requisites, iban: "KZ297220000000012346" })).toEqual({ iban: "validation.ibanChecksum" });
  });

  it("lists every missing mandatory field", () => {
    expect(errorsOf(ZRequisitesStep, { ...requisites, taxId: "", name: "", shortName: "", legalAddress: "", iban: "", bic: "" })).toEqual({
      taxId: "validation.required",
      name: "validation.required",
      shortName: "validation.required",
      legalAddress: "validation.required",
      iban: "validation.required",
      bic: "validation.bic",
    });
  });
});

describe("step 3: contacts and signatory", () => {
  it("normalises the email and phone", () => {
    const parsed = ZContactsStep.parse(contacts);
    expect(parsed).toMatchObject({ contactEmail: "aigerim@zhetysu.kz", contactPhone: "+77012345678" });
  });

  it("needs a signatory and authority for an organisation, not for a person", () => {
    const noSignatory = { ...contacts, signatoryName: "", signatoryPosition: "", signatoryAuthority: "" as const };
    expect(errorsOf(ZContactsStep, noSignatory)).toEqual({
      signatoryName: "validation.name",
      signatoryPosition: "validation.required",
      signatoryAuthority: "validation.choose",
    });
    expect(errorsOf(ZContactsStep, { ...noSignatory, kind: "PERSON" })).toEqual({});
  });

  it("needs the number and a past date of a power of attorney", () => {
    const poa = { ...contacts, signatoryAuthority: "POWER_OF_ATTORNEY" as const };
    expect(errorsOf(ZContactsStep, poa)).toEqual({ poaNumber: "validation.required", poaDate: "validation.required" });
    expect(errorsOf(ZContactsStep, { ...poa, poaNumber: "15", poaDate: "2026-02-30" })).toEqual({ poaDate: "validation.date" });
    expect(errorsOf(ZContactsStep, { ...poa, poaNumber: "15", poaDate: "2099-01-01" })).toEqual({ poaDate: "validation.poaDateFuture" });
    expect(errorsOf(ZContactsStep, { ...poa, poaNumber: "15", poaDate: almatyToday() })).toEqual({});
  });

  it("refuses a bad email and phone", () => {
    expect(errorsOf(ZContactsStep, { ...contacts, contactEmail: "aigerim@", contactPhone: "12345" })).toEqual({
      contactEmail: "validation.email",
      contactPhone: "validation.phone",
    });
  });
});

describe("step 4: services", () => {
  it("accepts ticked tariffs with quantities, ignoring unticked rows", () => {
    expect(errorsOf(servicesSchemaFor(tariffs), services)).toEqual({});
  });

  it("needs at least one service and whole quantities from 1 to 1000", () => {
    expect(errorsOf(ZServicesStep, { ...services, items: services.items.map((i) => ({ ...i, selected: false })) })).toEqual({
      items: "validation.chooseService",
    });
    for (const quantity of [0, 1.5, 1001, Number.NaN]) {
      expect(errorsOf(ZServicesStep, { ...services, items: [{ tariffId: "dia", selected: true, quantity }] })).toEqual({
        "items.0.quantity": "validation.quantity",
      });
    }
  });

  it("allows postpaid only to organisations and only when every chosen tariff allows it", () => {
    expect(errorsOf(ZServicesStep, { ...services, kind: "PERSON" })).toEqual({ billingMethod: "validation.postpaidPerson" });
    const withHome = { ...services, items: [{ tariffId: "home", selected: true, quantity: 1 }] };
    expect(errorsOf(servicesSchemaFor(tariffs), withHome)).toEqual({ billingMethod: "validation.postpaidTariffs" });
    expect(errorsOf(servicesSchemaFor(tariffs), { ...withHome, billingMethod: "PREPAID" })).toEqual({});
  });

  it("refuses a tariff that is not on sale", () => {
    const gone = { ...services, items: [{ tariffId: "gone", selected: true, quantity: 1 }] };
    expect(errorsOf(servicesSchemaFor(tariffs), gone)).toEqual({ items: "validation.tariffUnavailable" });
  });
});

describe("step 5: acceptance", () => {
  it("needs both boxes ticked", () => {
    expect(errorsOf(ZAcceptOffer, { offerVersionId: "offer-1", consentPersonalData: false, acceptOffer: false })).toEqual({
      consentPersonalData: "validation.consentPersonalData",
      acceptOffer: "validation.acceptOffer",
    });
    expect(errorsOf(ZAcceptOffer, { offerVersionId: "offer-1", consentPersonalData: true, acceptOffer: true })).toEqual({});
  });
});

describe("the step order", () => {
  const complete: TDraftData = {
    kind: { kind: "LEGAL" },
    requisites: ZRequisitesStep.parse(requisites),
    contacts: ZContactsStep.parse(contacts),
    services: servicesSchemaFor(tariffs).parse(services),
  };

  it("names the first step still to complete", () => {
    expect(firstIncompleteStep({}, tariffs)).toBe(1);
    expect(firstIncompleteStep({ kind: complete.kind }, tariffs)).toBe(2);
    expect(firstIncompleteStep({ ...complete, contacts: undefined }, tariffs)).toBe(3);
    expect(firstIncompleteStep({ ...complete, requisites: undefined }, tariffs)).toBe(2);
    expect(firstIncompleteStep(complete, tariffs)).toBe(5);
  });

  it("treats later steps saved under another kind as incomplete", () => {
    // A person now: the BIN is no IIN, and postpaid is not for persons.
    const asPerson = { ...complete, kind: { kind: "PERSON" as const } };
    expect(firstIncompleteStep(asPerson, tariffs)).toBe(2);
    const relabelled = {
      kind: { kind: "PERSON" as const },
      requisites: { ...complete.requisites!, kind: "PERSON" as const, taxId: "901201400347", isVatPayer: false },
      contacts: { ...complete.contacts!, kind: "PERSON" as const },
      services: { ...complete.services!, kind: "PERSON" as const },
    };
    expect(firstIncompleteStep(relabelled, tariffs)).toBe(4);
  });

  it("treats a withdrawn tariff or a tampered draft as incomplete", () => {
    expect(firstIncompleteStep(complete, [{ id: "home", allowsPostpaid: false }])).toBe(4);
    expect(firstIncompleteStep({ ...complete, requisites: { ...complete.requisites!, iban: "KZ00" } }, tariffs)).toBe(2);
  });
});
