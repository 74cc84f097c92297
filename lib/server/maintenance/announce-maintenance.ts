import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRequestMeta } from "@/lib/request-meta";
import type { TAnnounceMaintenance } from "@/lib/schemas/staff-publishing";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { assertStaff, type TStaffRef } from "@/lib/server/staff/assert-staff";
import { clock } from "@/lib/clock";

const fieldError = (field: string, key: string) => new AppError("VALIDATION", "validation", { fieldErrors: { [field]: key } });

// Announces a maintenance window (clause 4.2.3): a MAINTENANCE notice published at once to
// its audience, and the window during which those customers get the maintenance page.
// A window addressed to one account (moving its services, say) closes only that cabinet.
export async function announceMaintenance(staff: TStaffRef, input: TAnnounceMaintenance, meta?: TRequestMeta, now: Date = clock.now()) {
  assertStaff(staff, "ADMIN");
  if (input.endsAt <= now) throw fieldError("endsAt", "staff.maintenance.errors.past");
  let accountId: string | null = null;
  if (input.audience === "ACCOUNT") {
    const account = await db.account.findUnique({ where: { number: input.accountNumber ?? "" }, select: { id: true } });
    if (!account) throw fieldError("accountNumber", "staff.notices.errors.noAccount");
    accountId = account.id;
  }
  const window = await db.$transaction(async (tx) => {
    const notice = await tx.notice.create({
      data: {
        audience: input.audience,
        accountId,
        kind: "MAINTENANCE",
        severity: "WARNING",
        titleRu: input.titleRu,
        titleKk: input.titleKk,
        titleEn: input.titleEn,
        bodyRu: input.bodyRu,
        bodyKk: input.bodyKk,
        bodyEn: input.bodyEn,
        publishAt: now,
        createdById: staff.id,
      },
    });
    const created = await tx.maintenanceWindow.create({
      data: { startsAt: input.startsAt, endsAt: input.endsAt, noticeId: notice.id, createdById: staff.id },
    });
    await writeAudit(
      {
        accountId,
        actorId: staff.id,
        action: "maintenance.announce",
        objectType: "maintenance_window",
        objectId: created.id,
        details: { startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString(), audience: input.audience },
        meta,
      },
      tx,
    );
    return created;
  });
  return { windowId: window.id };
}
