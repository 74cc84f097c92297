import { expect, type Browser, type Page } from "@playwright/test";
import { db } from "../fixtures/db";
import { login } from "../fixtures/login";
import { createPerson, type TPerson } from "../fixtures/people";
import { withCheckDigit } from "../../lib/kz/tax-id";

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

// A valid BIN (resident legal entity) that no subscriber has yet, for the specs that
// register a subscriber through the console's form.
export async function freeBin(): Promise<string> {
  for (;;) {
    const bin = withCheckDigit(`15044${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`);
    if (bin && !(await db.subscriber.findUnique({ where: { taxId: bin } }))) return bin;
  }
}
