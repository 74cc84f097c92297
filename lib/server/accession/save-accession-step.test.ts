import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveAccessionStep as saveAction } from "@/lib/actions/save-accession-step";
import { actAs } from "@/test/auth";
import { createAccount, createUser } from "@/test/factories";
import { seedAccessionReference, stepValues, uniqueBin } from "@/test/accession";
import { getAccessionDraft } from "./get-accession-draft";
import { getWizardState } from "./get-wizard-state";
import { saveAccessionStep } from "./save-accession-step";
import { clock } from "@/lib/clock";

let tariffs: Awaited<ReturnType<typeof seedAccessionReference>>;
beforeAll(async () => {
  tariffs = await seedAccessionReference();
});
beforeEach(() => actAs(null));

describe("saving a wizard step", () => {
  it("refuses a signed-out caller", async () => {
    expect(await saveAction({ step: "kind", values: { kind: "LEGAL" } })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("refuses a person who already owns a subscriber, and staff impersonating", async () => {
    const { owner, account } = await createAccount();
    actAs(owner);
    const refused = await saveAction({ step: "kind", values: { kind: "LEGAL" } });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN", fieldErrors: { root: "accession.errors.alreadySubscriber" } });
    actAs(owner, { actor: await createUser({ staffRole: "SUPPORT" }), impersonation: { id: "imp-acc", accountId: account.id } });
    expect(await saveAction({ step: "kind", values: { kind: "LEGAL" } })).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect(await db.accessionDraft.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("saves each step, names the next, keeps the draft 30 days and writes an audit row", async () => {
    const user = await createUser();
    actAs(user);
    const values = stepValues("LEGAL", tariffs);
    expect(await saveAction({ step: "kind", values: values.kind })).toEqual({ ok: true, data: { next: "requisites" } });
    expect(await saveAction({ step: "requisites", values: values.requisites })).toEqual({ ok: true, data: { next: "contacts" } });
    const draft = await getAccessionDraft(user.id);
    expect(draft?.step).toBe(3);
    expect(draft?.data.requisites).toMatchObject({ kind: "LEGAL", taxId: values.requisites.taxId });
    const days = (draft!.expiresAt.getTime() - clock.nowMs()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "accession.step_saved" } })).toBe(2);
    expect((await getWizardState(user.id)).resumeStep).toBe("contacts");
  });

  it("refuses a step before the earlier ones are complete, naming the step to complete", async () => {
    const user = await createUser();
    actAs(user);
    const values = stepValues("LEGAL", tariffs);
    expect(await saveAction({ step: "contacts", values: values.contacts })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { root: "accession.order.kind" },
    });
    await saveAction({ step: "kind", values: values.kind });
    expect(await saveAction({ step: "services", values: values.services })).toMatchObject({
      ok: false,
      fieldErrors: { root: "accession.order.requisites" },
    });
    expect((await getAccessionDraft(user.id))?.data.services).toBeUndefined();
  });

  it("returns field errors named as in the form, and saves nothing", async () => {
    const user = await createUser();
    actAs(user);
    const values = stepValues("PERSON", tariffs);
    await saveAction({ step: "kind", values: values.kind });
    const bad = await saveAction({ step: "requisites", values: { ...values.requisites, taxId: "170540004569", iban: "KZ297220000000012346" } });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { taxId: "validation.iinKind", iban: "validation.ibanChecksum" } });
    expect((await getAccessionDraft(user.id))?.data.requisites).toBeUndefined();
  });

  it("takes the kind from step 1, whatever the request says", async () => {
    const user = await createUser();
    actAs(user);
    const values = stepValues("PERSON", tariffs);
    await saveAction({ step: "kind", values: values.kind });
    // A BIN posted with kind LEGAL is still checked as a person's IIN.
    const tampered = await saveAction({ step: "requisites", values: { ...values.requisites, kind: "LEGAL", taxId: "170540004569" } });
    expect(tampered).toMatchObject({ ok: false, fieldErrors: { taxId: "validation.iinKind" } });
  });

  it("refuses a BIN that is already a subscriber's, saying only to contact support", async () => {
    const created = await createAccount();
    const subscriber = await db.subscriber.update({ where: { id: created.subscriber.id }, data: { taxId: uniqueBin() } });
    const user = await createUser();
    actAs(user);
    await saveAction({ step: "kind", values: { kind: "LEGAL" } });
    const result = await saveAction({ step: "requisites", values: { ...stepValues("LEGAL", tariffs).requisites, taxId: subscriber.taxId } });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { taxId: "validation.taxIdRegistered" } });
    expect(JSON.stringify(result)).not.toContain(subscriber.name);
    expect(JSON.stringify(result)).not.toContain(subscriber.contractNumber);
  });

  it("keeps later steps when the kind changes, to be redone where they no longer fit", async () => {
    const user = await createUser();
    const values = stepValues("LEGAL", tariffs);
    for (const step of ["kind", "requisites", "contacts", "services"] as const) await saveAccessionStep(user.id, step, values[step]);
    expect((await getWizardState(user.id)).firstIncomplete).toBe(5);
    await saveAccessionStep(user.id, "kind", { kind: "SOLE" });
    // A BIN stays a BIN and postpaid stays allowed: everything still holds.
    expect((await getWizardState(user.id)).firstIncomplete).toBe(5);
    await saveAccessionStep(user.id, "kind", { kind: "PERSON" });
    const state = await getWizardState(user.id);
    expect(state.firstIncomplete).toBe(2);
    expect(state.resumeStep).toBe("requisites");
    expect(state.data.requisites?.taxId).toBe(values.requisites.taxId);
  });

  it("forgets a draft not saved for 30 days", async () => {
    const user = await createUser();
    await saveAccessionStep(user.id, "kind", { kind: "LEGAL" }, new Date(clock.nowMs() - 31 * 86_400_000));
    expect(await getAccessionDraft(user.id)).toBeNull();
    expect(await db.accessionDraft.count({ where: { userId: user.id } })).toBe(0);
    expect((await getWizardState(user.id)).resumeStep).toBe("kind");
  });
});
