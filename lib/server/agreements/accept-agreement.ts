import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRequestMeta } from "@/lib/request-meta";
import { clock } from "@/lib/clock";

// Records a person's consent to the agreement version in force by continuing to use the
// cabinet (clause 6.1). Only the latest version in force can be accepted this way;
// accepting it twice records it once.
export async function acceptAgreement(userId: string, versionId: string, meta: TRequestMeta, now: Date = clock.now()) {
  const latest = await db.agreementVersion.findFirst({
    where: { kind: "AGREEMENT", effectiveAt: { lte: now } },
    orderBy: [{ effectiveAt: "desc" }, { publishedAt: "desc" }],
    select: { id: true, version: true },
  });
  if (!latest || latest.id !== versionId) throw new AppError("CONFLICT", "conflict");
  const existing = await db.agreementAcceptance.findFirst({ where: { userId, versionId }, select: { id: true } });
  if (existing) return { acceptanceId: existing.id, version: latest.version, isNew: false };
  const acceptance = await db.agreementAcceptance.create({
    data: { userId, versionId, method: "CONTINUED_USE", ip: meta.ip, userAgent: meta.userAgent },
  });
  return { acceptanceId: acceptance.id, version: latest.version, isNew: true };
}
