import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { ledgerBalance as accountBalance } from "@/lib/server/finance/get-balance";
import { approvalReason } from "./change-rules";
import { clock } from "@/lib/clock";

// What the service-change panel offers the caller's account: its subscriptions, the
// catalogue (with whether each tariff applies at once or goes to staff), the pending
// requests, and for a prepaid account what it can spend.
export async function getServiceChangeOptions(caller: TCaller) {
  assertCan(caller, "services.manage");
  const now = clock.now();
  const [account, subscriptions, services, pending, balance, vatRateBp] = await Promise.all([
    db.account.findUniqueOrThrow({ where: { id: caller.accountId }, select: { id: true, status: true, billingMethod: true, creditLimit: true } }),
    db.subscription.findMany({
      where: { accountId: caller.accountId, status: { in: ["ACTIVE", "SUSPENDED"] } },
      orderBy: { startedAt: "asc" },
      include: { tariff: { include: { service: true } } },
    }),
    db.service.findMany({
      where: { isActive: true },
      orderBy: { position: "asc" },
      include: { tariffs: { where: { isActive: true }, orderBy: { monthlyPrice: "asc" } } },
    }),
    db.serviceChange.findMany({
      where: { accountId: caller.accountId, status: "PENDING" },
      orderBy: { createdAt: "desc" },
      include: {
        tariff: true,
        subscription: { include: { tariff: true } },
        request: { select: { id: true, number: true } },
      },
    }),
    accountBalance(caller.accountId),
    getVatRate(now),
  ]);
  const catalogue = services
    .filter((s) => s.tariffs.length > 0)
    .map((service) => ({
      ...service,
      tariffs: service.tariffs.map((tariff) => ({ ...tariff, approvalReason: approvalReason(service, tariff, account.billingMethod) })),
    }));
  return { account, subscriptions, catalogue, pending, balance, vatRateBp };
}
