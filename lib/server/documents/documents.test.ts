import { describe, expect, it } from "vitest";
import { addMember, createAccount } from "@/test/factories";
import { callerFor } from "@/test/cabinet";
import { createDocument } from "@/test/documents";
import { listDocuments, DOCUMENTS_PAGE_SIZE } from "./list-documents";
import { dayRange } from "@/lib/server/finance/day-range";
import { listRecentDocuments } from "./list-recent-documents";
import { PARTY_COLUMNS, getDocument } from "./get-document";
import { db, selectOf } from "@/lib/db";

describe("documents data functions", () => {
  it("list the account's documents a page at a time, newest first, filtered by kind, status and period", async () => {
    const { account, owner } = await createAccount();
    const caller = callerFor(owner, account.id);
    for (let i = 0; i < 25; i += 1) {
      await createDocument(account.id, { kind: ["INVOICE", "ACT", "TAX_INVOICE"][i % 3], status: i === 4 ? "OVERDUE" : "ISSUED", issuedAt: new Date(Date.UTC(2026, 0, 10 + i * 7)) });
    }
    const first = await listDocuments(caller, { page: 1 });
    const second = await listDocuments(caller, { page: 2 });
    expect(first.total).toBe(25);
    expect(first.rows).toHaveLength(DOCUMENTS_PAGE_SIZE);
    expect(second.rows).toHaveLength(5);
    expect(first.rows[0].issuedAt > first.rows[1].issuedAt).toBe(true);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(25);

    const acts = await listDocuments(caller, { page: 1, kind: "ACT" });
    expect(acts.total).toBe(8);
    expect(acts.rows.every((r) => r.kind === "ACT")).toBe(true);
    expect((await listDocuments(caller, { page: 1, status: "OVERDUE" })).total).toBe(1);
    // 10 Jan + 7 days × i: February (Almaty) holds i = 4…7.
    const feb = await listDocuments(caller, { page: 1, from: "2026-02-01", to: "2026-02-28" });
    expect(feb.total).toBe(4);
    // The dashboard's SQL answers what the ORM's list answers, field by field.
    const pick = ({ id, kind, number, issuedAt, amountGross, status }: (typeof first.rows)[number]) => ({ id, kind, number, issuedAt, amountGross, status });
    expect(await listRecentDocuments(caller, 5)).toEqual(first.rows.slice(0, 5).map(pick));
  });

  it("give a foreign caller nothing and refuse a member without documents.read", async () => {
    const { account, owner } = await createAccount();
    const document = await createDocument(account.id);
    const other = await createAccount();
    const stranger = callerFor(other.owner, other.account.id);
    expect((await listDocuments(stranger, { page: 1 })).total).toBe(0);
    expect(await listRecentDocuments(stranger)).toEqual([]);
    await expect(getDocument(stranger, document.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const member = await addMember(account.id, ["finance.read", "notices.read"]);
    const withoutGrant = callerFor(member, account.id, "MEMBER", ["finance.read", "notices.read"]);
    await expect(listDocuments(withoutGrant, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listRecentDocuments(withoutGrant)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDocument(withoutGrant, document.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const found = await getDocument(callerFor(owner, account.id), document.id);
    expect(found.lines).toHaveLength(2);
    expect(found.account.subscriber.taxId).toMatch(/^\d/);
  });

  it("read a document's parties in one statement, equal to the ORM's nested select", async () => {
    const { account, owner } = await createAccount();
    await db.subscriber.updateMany({ where: { accounts: { some: { id: account.id } } }, data: { isVatPayer: true, bankName: "Kaspi Bank", signatoryName: null } });
    const document = await createDocument(account.id);
    const orm = await db.account.findUniqueOrThrow({ where: { id: account.id }, select: { number: true, subscriber: { select: selectOf(PARTY_COLUMNS) } } });
    expect((await getDocument(callerFor(owner, account.id), document.id)).account).toEqual(orm);
  });

  it("list in SQL exactly what the ORM's findMany and count find, for every filter", async () => {
    const { account, owner } = await createAccount();
    const caller = callerFor(owner, account.id);
    for (let i = 0; i < 23; i += 1) {
      await createDocument(account.id, { kind: ["INVOICE", "ACT", "TAX_INVOICE"][i % 3], status: i % 4 === 0 ? "PAID" : "ISSUED", issuedAt: new Date(Date.UTC(2026, 0, 1 + i * 9, 19, 30)) });
    }
    const filters = [
      { page: 1 },
      { page: 2 },
      { page: 5 },
      { page: 1, kind: "ACT" as const },
      { page: 1, status: "PAID" as const },
      { page: 1, from: "2026-02-01", to: "2026-04-30" },
      { page: 1, kind: "INVOICE" as const, status: "ISSUED" as const, from: "2026-03-01" },
    ];
    for (const filter of filters) {
      const range = dayRange(filter.from, filter.to);
      const where = {
        accountId: account.id,
        kind: filter.kind ?? { in: ["INVOICE", "ACT", "TAX_INVOICE"] },
        ...(filter.status ? { status: filter.status } : {}),
        ...(range.gte || range.lt ? { issuedAt: range } : {}),
      };
      const orm = await db.document.findMany({
        where,
        select: { id: true, kind: true, number: true, issuedAt: true, periodStart: true, periodEnd: true, amountNet: true, amountVat: true, amountGross: true, vatRateBp: true, status: true, dueAt: true },
        orderBy: [{ issuedAt: "desc" }, { number: "desc" }],
        skip: (filter.page - 1) * DOCUMENTS_PAGE_SIZE,
        take: DOCUMENTS_PAGE_SIZE,
      });
      const listed = await listDocuments(caller, filter);
      expect(listed.rows, JSON.stringify(filter)).toEqual(orm);
      expect(listed.total, JSON.stringify(filter)).toBe(await db.document.count({ where }));
    }
  });
});
