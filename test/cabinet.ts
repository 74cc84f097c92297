import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import type { TPermission } from "@/lib/auth/permissions";

// Helpers for the cabinet's data-function tests (issue 3): callers as the cabinet resolves
// them, the dated VAT rates, and ledger rows.

export function callerFor(user: { id: string }, accountId: string, role: "OWNER" | "MEMBER" = "OWNER", permissions: TPermission[] = []): TCaller {
  return { userId: user.id, actorId: user.id, accountId, role, permissions, impersonationId: null };
}

export async function ensureVatRates() {
  for (const rate of [
    { validFrom: new Date("2009-01-01T00:00:00Z"), rateBp: 1200 },
    { validFrom: new Date("2026-01-01T00:00:00Z"), rateBp: 1600 },
  ]) {
    await db.vatRate.upsert({ where: { validFrom: rate.validFrom }, update: {}, create: rate });
  }
}

export async function addLedger(accountId: string, entries: Array<{ kind: string; amount: number; occurredAt: string }>) {
  await db.ledgerEntry.createMany({
    data: entries.map((e) => ({
      accountId,
      kind: e.kind,
      amount: e.amount,
      occurredAt: new Date(e.occurredAt),
      descriptionRu: `${e.kind} ${e.amount}`,
      descriptionKk: `${e.kind} ${e.amount}`,
      descriptionEn: `${e.kind} ${e.amount}`,
    })),
  });
}
