import { randomUUID } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { db } from "../fixtures/db";
import { login } from "../fixtures/login";
import { createPerson, type TPerson } from "../fixtures/people";

// Helpers of the staff console's specs: staff people, a page per person (each in its own
// browser context, so two people can act side by side), and Almaty times for inputs.

export async function createStaff(role: "SUPPORT" | "ADMIN"): Promise<TPerson> {
  return createPerson({ staffRole: role, prefix: role.toLowerCase(), name: role === "ADMIN" ? "Ерлан Админов" : "Динара Поддержкина" });
}

export async function pageFor(browser: Browser, person: TPerson, expectPath?: RegExp): Promise<Page> {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await login(page, person.login, undefined, expectPath);
  return page;
}

// The value of an <input type="datetime-local"> in Almaty time (UTC+5).
export function almatyInput(date: Date): string {
  return new Date(date.getTime() + 5 * 3600_000).toISOString().slice(0, 16);
}

export async function auditRows(where: Parameters<typeof db.auditLog.findMany>[0] extends infer A ? (A extends { where?: infer W } ? W : never) : never) {
  return db.auditLog.findMany({ where, orderBy: { createdAt: "asc" } });
}

export async function expectAuditRow(where: Record<string, unknown>) {
  await expect.poll(async () => db.auditLog.count({ where: where as never }), { timeout: 15_000 }).toBeGreaterThan(0);
}

// A valid BIN (resident legal entity) that no subscriber has yet. The shared fixture's
// uniqueBin() repeats itself once its counter passes four digits, so these specs draw
// their own.
export async function freeBin(): Promise<string> {
  for (;;) {
    const first11 = `15044${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`;
    const d = [...first11].map(Number);
    const sum = (w: number[]) => d.reduce((a, x, i) => a + x * w[i], 0) % 11;
    let c = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (c === 10) c = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (c === 10) continue;
    const bin = `${first11}${c}`;
    if (!(await db.subscriber.findUnique({ where: { taxId: bin } }))) return bin;
  }
}

// A subscriber with one account, an owner and optionally a member, like the shared
// createSubscriber() but with a BIN that cannot collide.
export async function createStaffSubscriber(options: { memberPermissions?: string[] } = {}) {
  const owner = await createPerson({ prefix: "owner", name: "Владелец Кабинета" });
  const suffix = randomUUID().slice(0, 8);
  const subscriber = await db.subscriber.create({
    data: {
      kind: "LEGAL",
      name: `ТОО «Консоль ${suffix}»`,
      shortName: `Консоль ${suffix}`,
      taxId: await freeBin(),
      legalAddress: "010000, Астана, ул. Тестовая, 1",
      postalAddress: "010000, Астана, ул. Тестовая, 1",
      iban: "KZ297220000000012345",
      bic: "CASPKZKA",
      isVatPayer: true,
      contactName: owner.name,
      contactEmail: owner.email,
      contactPhone: "+77011112233",
      contractNumber: `E2E-S-${suffix}`,
      contractDate: new Date(),
    },
  });
  const account = await db.account.create({
    data: { number: `S${suffix}`, subscriberId: subscriber.id, billingMethod: "POSTPAID", creditLimit: 100_000_00 },
  });
  await db.membership.create({ data: { userId: owner.id, accountId: account.id, role: "OWNER" } });
  let member: TPerson | null = null;
  if (options.memberPermissions) {
    member = await createPerson({ prefix: "member", name: "Участник Кабинета" });
    await db.membership.create({
      data: { userId: member.id, accountId: account.id, role: "MEMBER", permissions: JSON.stringify(options.memberPermissions) },
    });
  }
  return { subscriber, account, owner, member };
}
