import "server-only";
import type { Tx } from "@/lib/db";
import type { TSuspension } from "./compute-charges";
import type { TPeriod } from "./period";

// The account's suspensions that overlap the period (an open one runs on): the days the
// monthly run charges no fee for.
export async function listSuspensions(reader: Pick<Tx, "accountSuspension">, accountId: string, period: TPeriod): Promise<TSuspension[]> {
  return reader.accountSuspension.findMany({
    where: { accountId, startedAt: { lt: period.end }, OR: [{ endedAt: null }, { endedAt: { gt: period.start } }] },
    select: { startedAt: true, endedAt: true },
    orderBy: { startedAt: "asc" },
  });
}
