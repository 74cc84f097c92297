// Shared by the unit tests of the sign-in flows (never imported by the application).
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { deliverQueuedMail } from "@/test/mail";
import { testRequest } from "@/test/setup";
import { clock } from "@/lib/clock";

// Each test acts from its own address, so per-address limits of one test stay out of another.
export function useFreshIp(): string {
  const ip = `10.${randomInt(255)}.${randomInt(255)}.${randomInt(255)}`;
  testRequest.headers.set("x-forwarded-for", ip);
  return ip;
}

// What the outbox delivered to `to`, after a pass of the mail worker.
export async function mailsTo(to: string, template?: string) {
  await deliverQueuedMail();
  return db.outboxEmail.findMany({ where: { to, ...(template ? { template } : {}) }, orderBy: { createdAt: "asc" } });
}

export function tokenIn(mail: { text: string }, path: string): string {
  const match = mail.text.match(new RegExp(`/${path}/([A-Za-z0-9_-]{43})`));
  if (!match) throw new Error(`No /${path}/ link in:\n${mail.text}`);
  return match[1];
}

// The agreement version in force, created when the unit database has none yet.
export async function ensureAgreement(): Promise<string> {
  const current = await db.agreementVersion.findFirst({
    where: { kind: "AGREEMENT", effectiveAt: { lte: clock.now() } },
    orderBy: [{ effectiveAt: "desc" }, { publishedAt: "desc" }],
  });
  if (current) return current.version;
  const row = await db.agreementVersion.upsert({
    where: { kind_version: { kind: "AGREEMENT", version: "1.0" } },
    update: {},
    create: {
      kind: "AGREEMENT",
      version: "1.0",
      effectiveAt: new Date("2025-10-01T00:00:00+05:00"),
      titleRu: "Соглашение",
      titleKk: "Келісім",
      titleEn: "Agreement",
      bodyRu: "## 1. Термины\n1.1. Текст.",
      bodyKk: "## 1. Терминдер\n1.1. Мәтін.",
      bodyEn: "## 1. Terms\n1.1. Text.",
    },
  });
  return row.version;
}
