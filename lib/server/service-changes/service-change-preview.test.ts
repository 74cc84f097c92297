import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";
import { actAs } from "@/test/auth";
import { addMember, createAccount, createUser } from "@/test/factories";
import { connectService } from "@/lib/actions/connect-service";
import { changeSubscription } from "@/lib/actions/change-subscription";
import { disconnectSubscription } from "@/lib/actions/disconnect-subscription";
import { previewServiceChange } from "@/lib/actions/preview-service-change";
import { enqueueBillingRun } from "@/lib/server/billing/enqueue-billing-run";
import { drainBillingRuns } from "@/lib/server/billing/test-fixtures";
import { parsePeriod } from "@/lib/server/billing/period";
import { priceMonth } from "@/lib/server/billing/price-month";
import { createDocument } from "@/test/documents";
import { createCatalogue, ensureVatRates } from "./test-catalogue";
import { changeAccountStatus } from "@/lib/server/lifecycle/change-account-status";

// The preview of a change is the price the change and the monthly runs then charge: what
// applying it writes today, the run of this month (which deducts that advance, neither
// skipping the month nor charging it twice) and the run of the next month. Each test lives
// in months of its own (the runs are one per period for the whole database).

const at = (iso: string) => new Date(`${iso}+05:00`); // Almaty time
const vat = (net: number) => Math.round((net * 1600) / 10_000);
const gross = (net: number) => net + vat(net);

async function must<T>(promise: Promise<{ ok: true; data: T } | { ok: false }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`action failed: ${JSON.stringify(result)}`);
  return result.data;
}

let admin: Awaited<ReturnType<typeof createUser>>;

// The monthly run of a period, once the month is over, as the worker does it.
async function runMonth(periodKey: string) {
  const after = new Date(parsePeriod(periodKey).end.getTime() + 36 * 3_600_000);
  clock.set(after);
  await enqueueBillingRun(admin, periodKey);
  await drainBillingRuns();
  expect(await db.billingRun.findUniqueOrThrow({ where: { period: periodKey } })).toMatchObject({ status: "DONE" });
}

async function monthOf(accountId: string, periodKey: string) {
  const ledger = await db.ledgerEntry.findMany({ where: { accountId, period: periodKey } });
  const invoice = await db.document.findFirst({ where: { accountId, kind: "INVOICE", periodStart: parsePeriod(periodKey).start } });
  const sum = (rows: typeof ledger) => rows.reduce((s, r) => s + r.amount, 0);
  return { ledger, invoice, total: sum(ledger), byRun: sum(ledger.filter((r) => r.billingRunId !== null)) };
}

async function writes(accountId: string) {
  const [subscriptions, ledger, changes] = await Promise.all([
    db.subscription.count({ where: { accountId } }),
    db.ledgerEntry.count({ where: { accountId } }),
    db.serviceChange.count({ where: { accountId } }),
  ]);
  return { subscriptions, ledger, changes };
}

beforeAll(async () => {
  await ensureVatRates();
  await drainBillingRuns(); // what other files left queued, before these accounts exist
  admin = await createUser({ staffRole: "ADMIN" });
});
afterEach(() => clock.set(null));

describe("the price of a service change", () => {
  it("connect: the preview is what today, this month's run and next month's run charge", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    await db.subscription.create({ data: { accountId: account.id, tariffId: catalogue.small.id, quantity: 1, startedAt: at("2027-01-01T00:00:00") } });
    // 20 March 2028, 10:00 in Almaty: 12 of March's 31 days are left, today included.
    clock.set(at("2028-03-20T10:00:00"));
    actAs(owner);
    const input = { accountId: account.id, tariffId: catalogue.medium.id, quantity: 2 };
    const before = await writes(account.id);
    const preview = await must(previewServiceChange({ action: "CONNECT", ...input }));
    expect(await writes(account.id)).toEqual(before); // a preview writes nothing

    const todayNet = Math.round((2 * 29_900_00 * 12) / 31);
    expect(preview.today).toEqual({ net: todayNet, vat: vat(todayNet), gross: gross(todayNet), days: 12, daysInMonth: 31, period: "2028-03" });
    const marchNet = 9_900_00 + todayNet;
    expect(preview.thisMonth).toMatchObject({ period: "2028-03", amountNet: marchNet, amountGross: gross(marchNet), advanceGross: gross(todayNet) });
    expect(preview.thisMonth.dueGross).toBe(gross(marchNet) - gross(todayNet));
    const aprilNet = 9_900_00 + 2 * 29_900_00;
    expect(preview.nextMonth).toMatchObject({ period: "2028-04", amountNet: aprilNet, amountVat: vat(aprilNet), amountGross: gross(aprilNet), vatRateBp: 1600 });
    expect(preview.nextMonth.lines.map((l) => l.amountNet).sort((a, b) => a - b)).toEqual([9_900_00, 2 * 29_900_00]);

    // Applied: exactly today's figure.
    const applied = await must(connectService(input));
    expect(applied).toMatchObject({ outcome: "APPLIED", chargedTiyn: preview.today.gross });
    const advance = await db.ledgerEntry.findFirstOrThrow({ where: { accountId: account.id, kind: "CHARGE" } });
    expect(advance).toMatchObject({ amount: -preview.today.gross, period: "2028-03", billingRunId: null });

    // March's run: the whole month is invoiced (the older VM is not skipped), the advance is
    // deducted (not charged twice) and linked to the invoice.
    await runMonth("2028-03");
    const march = await monthOf(account.id, "2028-03");
    expect(march.invoice).toMatchObject({ amountNet: preview.thisMonth.amountNet, amountGross: preview.thisMonth.amountGross });
    expect(march.byRun).toBe(-preview.thisMonth.dueGross);
    expect(march.total).toBe(-preview.thisMonth.amountGross);
    expect(march.ledger.find((r) => r.id === advance.id)?.documentId).toBe(march.invoice!.id);

    // April's run: the "next invoice" of the preview, to the tiyn.
    await runMonth("2028-04");
    const april = await monthOf(account.id, "2028-04");
    expect(april.invoice).toMatchObject({ amountNet: preview.nextMonth.amountNet, amountGross: preview.nextMonth.amountGross });
    expect(april.total).toBe(-preview.nextMonth.amountGross);
  });

  it("after a suspension this month: the preview leaves out its days, as the run does", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    await db.subscription.create({ data: { accountId: account.id, tariffId: catalogue.small.id, quantity: 1, startedAt: at("2027-01-01T00:00:00") } });
    // Suspended from the 5th to the 11th of September 2029: 6 of its 30 days without a fee.
    clock.set(at("2029-09-05T10:00:00"));
    await changeAccountStatus(admin, { accountId: account.id, operation: "SUSPEND", reason: "Задолженность по оплате" });
    clock.set(at("2029-09-11T10:00:00"));
    await changeAccountStatus(admin, { accountId: account.id, operation: "RESUME", reason: "" });

    clock.set(at("2029-09-20T10:00:00"));
    actAs(owner);
    const input = { accountId: account.id, tariffId: catalogue.medium.id, quantity: 1 };
    const preview = await must(previewServiceChange({ action: "CONNECT", ...input }));
    const todayNet = Math.round((29_900_00 * 11) / 30);
    expect(preview.thisMonth.amountNet).toBe(Math.round((9_900_00 * 24) / 30) + todayNet);
    await must(connectService(input));
    await runMonth("2029-09");
    const september = await monthOf(account.id, "2029-09");
    expect(september.invoice).toMatchObject({ amountNet: preview.thisMonth.amountNet, amountGross: preview.thisMonth.amountGross });
    expect(september.total).toBe(-preview.thisMonth.amountGross);
  });

  it("change and disconnect: an increase charges its preview today, a decrease and a disconnection nothing; the runs match the last preview", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    const since = at("2027-06-01T00:00:00");
    const vms = await db.subscription.create({ data: { accountId: account.id, tariffId: catalogue.small.id, quantity: 2, startedAt: since } });
    const big = await db.subscription.create({ data: { accountId: account.id, tariffId: catalogue.medium.id, quantity: 1, startedAt: since } });
    clock.set(at("2028-06-11T09:00:00")); // June: 20 of 30 days left
    actAs(owner);

    const up = { accountId: account.id, subscriptionId: vms.id, tariffId: catalogue.small.id, quantity: 5 };
    const upPreview = await must(previewServiceChange({ action: "CHANGE", ...up }));
    expect(upPreview.today).toMatchObject({ net: Math.round((3 * 9_900_00 * 20) / 30), days: 20, daysInMonth: 30 });
    const upApplied = await must(changeSubscription(up));
    expect(upApplied).toMatchObject({ outcome: "APPLIED", chargedTiyn: upPreview.today.gross });
    const five = upApplied.outcome === "APPLIED" ? upApplied.subscriptionId : "";

    clock.set(at("2028-06-16T12:00:00")); // 15 days left
    const down = { accountId: account.id, subscriptionId: big.id, tariffId: catalogue.small.id, quantity: 1 };
    const downPreview = await must(previewServiceChange({ action: "CHANGE", ...down }));
    expect(downPreview.today.gross).toBe(0);
    expect(await must(changeSubscription(down))).toMatchObject({ outcome: "APPLIED", chargedTiyn: 0 });

    clock.set(at("2028-06-21T12:00:00")); // 10 days left
    const off = { accountId: account.id, subscriptionId: five };
    const offPreview = await must(previewServiceChange({ action: "DISCONNECT", ...off }));
    expect(offPreview.today.gross).toBe(0);
    // June: 2 VMs for 10 days, 5 for 10; the big VM for 15 days, a small one for the other 15.
    const juneNet =
      Math.round((2 * 9_900_00 * 10) / 30) + Math.round((5 * 9_900_00 * 10) / 30) + Math.round((29_900_00 * 15) / 30) + Math.round((9_900_00 * 15) / 30);
    expect(offPreview.thisMonth).toMatchObject({ amountNet: juneNet, amountGross: gross(juneNet), advanceGross: upPreview.today.gross });
    expect(offPreview.nextMonth).toMatchObject({ amountNet: 9_900_00, amountGross: gross(9_900_00) });
    expect(await must(disconnectSubscription(off))).toMatchObject({ outcome: "APPLIED", chargedTiyn: 0 });

    await runMonth("2028-06");
    const june = await monthOf(account.id, "2028-06");
    expect(june.invoice).toMatchObject({ amountNet: juneNet, amountGross: offPreview.thisMonth.amountGross });
    expect(june.byRun).toBe(-offPreview.thisMonth.dueGross);
    expect(june.total).toBe(-offPreview.thisMonth.amountGross);
    await runMonth("2028-07");
    expect((await monthOf(account.id, "2028-07")).total).toBe(-offPreview.nextMonth.amountGross);
  });

  it("a service connected and disconnected within the month: the run gives back what the advance paid beyond its days", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    clock.set(at("2028-09-21T10:00:00")); // 10 of 30 days left
    actAs(owner);
    const connected = await must(connectService({ accountId: account.id, tariffId: catalogue.medium.id, quantity: 1 }));
    const paid = Math.round((29_900_00 * 10) / 30);
    expect(connected).toMatchObject({ chargedTiyn: gross(paid) });
    clock.set(at("2028-09-26T10:00:00")); // used for 5 days
    const off = { accountId: account.id, subscriptionId: connected.outcome === "APPLIED" ? connected.subscriptionId : "" };
    const preview = await must(previewServiceChange({ action: "DISCONNECT", ...off }));
    const used = Math.round((29_900_00 * 5) / 30);
    expect(preview.thisMonth).toMatchObject({ amountGross: gross(used), advanceGross: gross(paid), dueGross: gross(used) - gross(paid) });
    expect(preview.nextMonth.amountGross).toBe(0);
    await must(disconnectSubscription(off));

    await runMonth("2028-09");
    const september = await monthOf(account.id, "2028-09");
    expect(september.invoice).toMatchObject({ amountGross: gross(used) });
    expect(september.byRun).toBe(gross(paid) - gross(used)); // a credit
    expect(september.total).toBe(-gross(used));
    expect(september.ledger.filter((r) => r.amount > 0)).toEqual([expect.objectContaining({ kind: "ADJUSTMENT" })]);
  });

  it("says when the month was invoiced already (imported history), which the run then leaves alone", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "PREPAID", creditLimit: 100_000_000 });
    const invoice = await createDocument(account.id);
    await db.document.update({ where: { id: invoice.id }, data: { periodStart: parsePeriod("2028-11").start } });
    clock.set(at("2028-11-10T10:00:00"));
    actAs(owner);
    const preview = await must(previewServiceChange({ action: "CONNECT", accountId: account.id, tariffId: catalogue.small.id, quantity: 1 }));
    expect(preview.thisMonth.isBilled).toBe(true);
    expect(preview.nextMonth).toMatchObject({ isBilled: false, amountGross: gross(9_900_00) });
  });
});

describe("the preview refuses", () => {
  it("a member without services.manage, another account's user, and bad input, writing nothing", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    const sub = await db.subscription.create({ data: { accountId: account.id, tariffId: catalogue.small.id, quantity: 1, startedAt: at("2027-01-01T00:00:00") } });
    clock.set(at("2028-03-20T10:00:00"));
    const before = await writes(account.id);

    actAs(await addMember(account.id, ["services.read", "finance.read"]));
    expect(await previewServiceChange({ action: "CONNECT", accountId: account.id, tariffId: catalogue.small.id, quantity: 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });

    const { account: other, owner: stranger } = await createAccount({ billingMethod: "POSTPAID" });
    actAs(stranger);
    expect(await previewServiceChange({ action: "DISCONNECT", accountId: account.id, subscriptionId: sub.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Its own account, the other's subscription: no such subscription here.
    expect(await previewServiceChange({ action: "DISCONNECT", accountId: other.id, subscriptionId: sub.id })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { subscriptionId: expect.any(String) },
    });

    actAs(owner);
    expect(await previewServiceChange({ action: "CONNECT", accountId: account.id, tariffId: "", quantity: 0 })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { tariffId: "validation.choose", quantity: "requests.changes.validation.quantity" },
    });
    expect(await previewServiceChange({ action: "CONNECT", accountId: account.id, tariffId: "no-such-tariff", quantity: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { tariffId: expect.any(String) },
    });
    expect(await previewServiceChange({ action: "RENAME", accountId: account.id } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await writes(account.id)).toEqual(before);

    // Staff viewing the cabinet read-only see the price; confirming is refused.
    actAs(owner, { actor: await createUser({ staffRole: "SUPPORT" }), impersonation: { id: "imp-preview", accountId: account.id } });
    const valid = { accountId: account.id, tariffId: catalogue.medium.id, quantity: 1 };
    expect(await previewServiceChange({ action: "CONNECT", ...valid })).toMatchObject({ ok: true, data: { today: { days: 12 } } });
    expect(await connectService(valid)).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect(await writes(account.id)).toEqual(before);
  });

  it("a prepaid account that cannot afford the change, on its field, before it is confirmed", async () => {
    const catalogue = await createCatalogue();
    const { account, owner } = await createAccount({ billingMethod: "PREPAID", creditLimit: 0 });
    clock.set(at("2028-03-20T10:00:00"));
    actAs(owner);
    const refused = await previewServiceChange({ action: "CONNECT", accountId: account.id, tariffId: catalogue.small.id, quantity: 1 });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { tariffId: expect.stringContaining("Пополните счёт") } });
  });
});

describe("priceMonth", () => {
  const p = parsePeriod("2026-04"); // 30 days
  const tariff = { nameRu: "A", nameKk: "A", nameEn: "A", unit: "VM", monthlyPrice: 30_000_00, usagePrice: 0, includedUsage: 0, service: { usageUnit: null } };
  const sub = (id: string, from: string, to: string | null = null) => ({
    id,
    quantity: 1,
    status: to ? "DISCONNECTED" : "ACTIVE",
    startedAt: at(from),
    endedAt: to ? at(to) : null,
    tariff,
  });

  it("deducts advances from their own subscription's line first, and the ledger adds up to the invoice", () => {
    const invoice = priceMonth(p, [sub("a", "2026-01-01T00:00:00"), sub("b", "2026-04-21T00:00:00")], new Map(), 1600, [{ subscriptionId: "b", amount: 1_160_000 }]);
    expect(invoice).toMatchObject({ amountNet: 4_000_000, amountVat: 640_000, amountGross: 4_640_000, advanceGross: 1_160_000, dueGross: 3_480_000 });
    expect(invoice.ledger).toEqual([
      { lineIndex: 0, subscriptionId: "a", amount: -3_480_000, advanced: 0 },
    ]);
  });

  it("gives back an advance beyond the month's invoice as one credit", () => {
    const invoice = priceMonth(p, [sub("b", "2026-04-21T00:00:00", "2026-04-26T00:00:00")], new Map(), 1600, [{ subscriptionId: "b", amount: 1_160_000 }]);
    expect(invoice.amountGross).toBe(580_000);
    expect(invoice.ledger).toEqual([{ lineIndex: null, subscriptionId: null, amount: 580_000, advanced: 0 }]);
    expect(invoice.dueGross).toBe(-580_000);
  });
});
