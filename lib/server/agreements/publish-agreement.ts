import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRequestMeta } from "@/lib/request-meta";
import type { TPublishAgreement } from "@/lib/schemas/staff-publishing";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";

// Publishes a new version of the agreement or the offer (clause 6.1). From its effective
// date, customers who last agreed before it are shown what changed on their next visit.
export async function publishAgreement(staff: TStaffRef, input: TPublishAgreement, meta?: TRequestMeta) {
  assertStaff(staff, "ADMIN");
  const taken = await db.agreementVersion.findUnique({ where: { kind_version: { kind: input.kind, version: input.version } }, select: { id: true } });
  if (taken) throw new AppError("VALIDATION", "validation", { fieldErrors: { version: "staff.agreements.errors.versionTaken" } });
  const version = await db.agreementVersion.create({
    data: {
      kind: input.kind,
      version: input.version,
      effectiveAt: input.effectiveDate,
      titleRu: input.titleRu,
      titleKk: input.titleKk,
      titleEn: input.titleEn,
      bodyRu: input.bodyRu,
      bodyKk: input.bodyKk,
      bodyEn: input.bodyEn,
      createdById: staff.id,
    },
  });
  await writeAudit({
    actorId: staff.id,
    action: "agreement.publish",
    objectType: "agreement_version",
    objectId: version.id,
    details: { kind: input.kind, version: input.version, effectiveAt: input.effectiveDate.toISOString() },
    meta,
  });
  return { versionId: version.id, version: version.version };
}
