import "server-only";
import { db } from "@/lib/db";
import type { TDraftData } from "@/lib/schemas/accession";
import { clock } from "@/lib/clock";

export type TAccessionDraft = NonNullable<Awaited<ReturnType<typeof getAccessionDraft>>>;

function parseData(json: string): TDraftData {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as TDraftData) : {};
  } catch {
    return {};
  }
}

// The person's own wizard draft (scoped by their user id, the only key it has). A draft
// not saved for 30 days is gone: it is deleted when next read, and the wizard starts
// afresh. A completed draft is the record of the accession and never expires.
export async function getAccessionDraft(userId: string, now = clock.now()) {
  const draft = await db.accessionDraft.findUnique({ where: { userId } });
  if (!draft) return null;
  if (!draft.completedAt && draft.expiresAt <= now) {
    await db.accessionDraft.deleteMany({ where: { id: draft.id, completedAt: null, expiresAt: { lte: now } } });
    return null;
  }
  return { ...draft, data: parseData(draft.data) };
}
