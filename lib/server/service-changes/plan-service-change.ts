import "server-only";
import type { Tx } from "@/lib/db";
import { refuse } from "@/lib/server/requests/refuse";
import { approvalReason, type TApprovalReason } from "./change-rules";
import { monthlyNet } from "./pricing";

export type TChangeAction = "CONNECT" | "CHANGE" | "DISCONNECT";
export type TChangeInput = { action: TChangeAction; tariffId?: string | null; subscriptionId?: string | null; quantity?: number | null };

const tariffInclude = { service: true } as const;

async function loadTariff(tx: Tx, tariffId: string | null | undefined) {
  if (!tariffId) return null;
  const tariff = await tx.tariff.findUnique({ where: { id: tariffId }, include: tariffInclude });
  if (!tariff || !tariff.isActive || !tariff.service.isActive) return null;
  return tariff;
}

export type TServiceChangePlan = Awaited<ReturnType<typeof planServiceChange>>;

// Checks a requested change against the catalogue and the account's subscriptions and
// works out its effect on the monthly charges. Refuses what cannot be done at all.
export async function planServiceChange(tx: Tx, account: { id: string; billingMethod: string }, input: TChangeInput) {
  const subscription = input.subscriptionId
    ? await tx.subscription.findFirst({
        where: { id: input.subscriptionId, accountId: account.id },
        include: { tariff: { include: tariffInclude } },
      })
    : null;
  if (input.action !== "CONNECT") {
    if (!subscription || subscription.status === "DISCONNECTED") return refuse("subscriptionId", "changes.errors.noSubscription");
    if (input.action === "CHANGE" && subscription.status !== "ACTIVE") return refuse("subscriptionId", "changes.errors.notActive");
  }
  const tariff = input.action === "DISCONNECT" ? null : await loadTariff(tx, input.tariffId);
  if (input.action !== "DISCONNECT" && !tariff) return refuse("tariffId", "changes.errors.noTariff");
  if (input.action === "CHANGE" && tariff!.serviceId !== subscription!.tariff.serviceId) {
    return refuse("tariffId", "changes.errors.otherService");
  }
  const quantity = input.action === "DISCONNECT" ? 0 : (input.quantity ?? 1);
  if (input.action === "CHANGE" && tariff!.id === subscription!.tariffId && quantity === subscription!.quantity) {
    return refuse("quantity", "changes.errors.nothingChanges");
  }
  const oldMonthlyNet = subscription ? monthlyNet(subscription.tariff, subscription.quantity) : 0;
  const newMonthlyNet = tariff ? monthlyNet(tariff, quantity) : 0;
  const service = tariff?.service ?? subscription!.tariff.service;
  const reason: TApprovalReason | null = approvalReason(service, tariff, account.billingMethod);
  return {
    action: input.action,
    tariff,
    subscription,
    service,
    quantity,
    oldMonthlyNet,
    newMonthlyNet,
    deltaNet: newMonthlyNet - oldMonthlyNet,
    approvalReason: reason,
  };
}
