import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, createAccount } from "@/test/factories";
import { remindUnpaidInvoices, reminderStep } from "./remind-unpaid-invoices";

const DAY = 86_400_000;
let serial = 0;

async function invoice(accountId: string, dueAt: Date, status = "ISSUED") {
  serial += 1;
  return db.document.create({
    data: {
      accountId,
      kind: "INVOICE",
      number: `REM-${serial}-${Math.random().toString(36).slice(2, 8)}`,
      issuedAt: new Date(dueAt.getTime() - 20 * DAY),
      dueAt,
      vatRateBp: 1600,
      amountNet: 10_000_00,
      amountVat: 1_600_00,
      amountGross: 11_600_00,
      status,
    },
  });
}

describe("unpaid-invoice reminders", () => {
  it("the steps: from three days before the due day, and on it; nothing after", () => {
    const due = new Date("2026-12-19T19:00:00Z"); // 20 December, 00:00 in Almaty
    expect(reminderStep(due, new Date("2026-12-16T18:00:00Z"))).toBeNull(); // 16 Dec, 23:00 Almaty
    expect(reminderStep(due, new Date("2026-12-16T19:30:00Z"))).toBe("BEFORE_3D"); // 17 Dec
    expect(reminderStep(due, new Date("2026-12-19T10:00:00Z"))).toBe("BEFORE_3D"); // 19 Dec
    expect(reminderStep(due, new Date("2026-12-20T12:00:00Z"))).toBe("DUE_DAY");
    expect(reminderStep(due, new Date("2026-12-21T12:00:00Z"))).toBeNull();
  });

  it("the pass run twice, or by two workers at once, sends each step once; paid invoices and prepaid accounts get none", async () => {
    const now = new Date("2031-03-10T06:00:00Z");
    const { account, owner } = await createAccount({ billingMethod: "POSTPAID" });
    const accountant = await addMember(account.id, ["finance.read", "notices.read"]);
    const soon = await invoice(account.id, new Date(now.getTime() + 2 * DAY));
    await invoice(account.id, new Date(now.getTime() + 2 * DAY), "PAID");
    const prepaid = await createAccount({ billingMethod: "PREPAID" });
    await invoice(prepaid.account.id, new Date(now.getTime() + 2 * DAY));

    const [first, second] = await Promise.all([remindUnpaidInvoices(now), remindUnpaidInvoices(now)]);
    expect(first.sent + second.sent).toBe(1);
    expect((await remindUnpaidInvoices(now)).sent).toBe(0);
    expect(await db.alertDelivery.count({ where: { key: { startsWith: `invoice-due:${soon.id}:` } } })).toBe(1);
    for (const person of [owner, accountant]) {
      expect(await db.mailJob.count({ where: { to: person.email, template: "alert-invoice-due" } })).toBe(1);
    }
    expect(await db.mailJob.count({ where: { to: prepaid.owner.email } })).toBe(0);

    // On the due day, the second step: once.
    const dueDay = new Date(now.getTime() + 2 * DAY + 3_600_000);
    await remindUnpaidInvoices(dueDay);
    await remindUnpaidInvoices(dueDay);
    expect(await db.mailJob.count({ where: { to: owner.email, template: "alert-invoice-due" } })).toBe(2);
    expect(await db.notice.count({ where: { userId: accountant.id, accountId: account.id, kind: "ALERT" } })).toBe(2);
  });
});
