import "server-only";
import { db } from "@/lib/db";
import type { TMaintenanceState } from "@/lib/maintenance/state";
import { clock } from "@/lib/clock";

// What the proxy caches: every window not yet over, with, for a window addressed to one
// account (its notice's audience), the ids of that account's members; and the staff ids,
// who keep working through any window.
export async function readMaintenanceState(now: Date = clock.now()): Promise<TMaintenanceState> {
  const [windows, staff] = await Promise.all([
    db.maintenanceWindow.findMany({
      where: { endsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
      include: { notice: { include: { account: { select: { memberships: { where: { status: "ACTIVE" }, select: { userId: true } } } } } } },
    }),
    db.user.findMany({ where: { staffRole: { not: null } }, select: { id: true } }),
  ]);
  return {
    windows: windows.map((w) => {
      const n = w.notice;
      const isAccount = n?.audience === "ACCOUNT";
      return {
        id: w.id,
        startsAt: w.startsAt.getTime(),
        endsAt: w.endsAt.getTime(),
        scope: isAccount ? "USERS" : "ALL",
        userIds: isAccount ? (n?.account?.memberships.map((m) => m.userId) ?? []) : [],
        title: { ru: n?.titleRu ?? "", kk: n?.titleKk ?? "", en: n?.titleEn ?? "" },
        body: { ru: n?.bodyRu ?? "", kk: n?.bodyKk ?? "", en: n?.bodyEn ?? "" },
      };
    }),
    staffIds: staff.map((s) => s.id),
  };
}
