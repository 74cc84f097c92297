import "server-only";
import { caseVariants } from "@/lib/text/case-variants";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { TStaffRequestFilters } from "@/lib/schemas/requests";
import { assertStaff, type TStaffViewer } from "./assert-staff";
import { PAGE_SIZE, requestRowSelect } from "./request-selects";
import { clock } from "@/lib/clock";

// Every account's requests for the staff console: open ones first by deadline and age.
export async function listStaffRequests(staff: TStaffViewer, filters: TStaffRequestFilters) {
  assertStaff(staff);
  const and: Prisma.SupportRequestWhereInput[] = [];
  if (filters.status) and.push({ status: filters.status });
  if (filters.topic) and.push({ topic: filters.topic });
  if (filters.assignee === "me") and.push({ assigneeId: staff.actorId });
  if (filters.assignee === "none") and.push({ assigneeId: null });
  if (filters.overdue) and.push({ dueAt: { lt: clock.now() }, status: { notIn: ["RESOLVED", "CLOSED"] } });
  if (filters.q) {
    const q = filters.q;
    and.push({
      OR: [
        { number: { contains: q.toUpperCase() } },
        { account: { number: { contains: q } } },
        ...caseVariants(q).flatMap((v) => [{ subject: { contains: v } }, { account: { subscriber: { name: { contains: v } } } }]),
      ],
    });
  }
  const where: Prisma.SupportRequestWhereInput = { AND: and };
  const page = filters.page ?? 1;
  const [rows, total] = await Promise.all([
    db.supportRequest.findMany({
      where,
      orderBy: [{ createdAt: "desc" }],
      select: {
        ...requestRowSelect,
        account: { select: { number: true, subscriber: { select: { shortName: true } } } },
        assignee: { select: { id: true, name: true } },
      },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.supportRequest.count({ where }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
