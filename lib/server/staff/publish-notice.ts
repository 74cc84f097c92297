import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRequestMeta } from "@/lib/request-meta";
import type { TPublishNotice } from "@/lib/schemas/staff-publishing";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { assertStaff, type TStaffRef } from "./assert-staff";
import { clock } from "@/lib/clock";

const fieldError = (field: string, key: string) => new AppError("VALIDATION", "validation", { fieldErrors: { [field]: key } });

// A notice from the provider (clause 1.5) in three languages, to one account, every
// account, or the accounts with an active subscription of a service; now or at a time.
export async function publishNotice(staff: TStaffRef, input: TPublishNotice, meta?: TRequestMeta) {
  assertStaff(staff, "ADMIN");
  let accountId: string | null = null;
  let serviceId: string | null = null;
  if (input.audience === "ACCOUNT") {
    const account = await db.account.findUnique({ where: { number: input.accountNumber ?? "" }, select: { id: true } });
    if (!account) throw fieldError("accountNumber", "staff.notices.errors.noAccount");
    accountId = account.id;
  }
  if (input.audience === "SERVICE") {
    const service = await db.service.findUnique({ where: { id: input.serviceId ?? "" }, select: { id: true } });
    if (!service) throw fieldError("serviceId", "validation.choose");
    serviceId = service.id;
  }
  const publishAt = input.publishAt instanceof Date ? input.publishAt : clock.now();
  const notice = await db.notice.create({
    data: {
      audience: input.audience,
      accountId,
      serviceId,
      kind: "GENERAL",
      severity: input.severity,
      titleRu: input.titleRu,
      titleKk: input.titleKk,
      titleEn: input.titleEn,
      bodyRu: input.bodyRu,
      bodyKk: input.bodyKk,
      bodyEn: input.bodyEn,
      publishAt,
      createdById: staff.id,
    },
  });
  await writeAudit({
    accountId,
    actorId: staff.id,
    action: "notice.publish",
    objectType: "notice",
    objectId: notice.id,
    details: { audience: input.audience, serviceId, severity: input.severity, publishAt: publishAt.toISOString() },
    meta,
  });
  return { noticeId: notice.id, publishAt };
}
