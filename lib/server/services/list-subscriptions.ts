import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import type { TLocale } from "@/lib/money";
import { assertCanReadServices } from "./assert-can-read-services";
import { localized } from "./localized";

export type TSubscriptionStatus = "ACTIVE" | "SUSPENDED" | "DISCONNECTED";

export type TSubscriptionRow = {
  id: string;
  serviceCode: string;
  serviceName: string;
  category: string;
  isSelfService: boolean;
  tariffId: string;
  tariffCode: string;
  tariffName: string;
  unit: string;
  monthlyPrice: number; // tiyn per unit per month, without VAT
  quantity: number;
  monthlyCost: number; // tiyn per month, without VAT
  status: TSubscriptionStatus;
  startedAt: Date;
  endedAt: Date | null;
};

const STATUS_ORDER: Record<string, number> = { ACTIVE: 0, SUSPENDED: 1, DISCONNECTED: 2 };

// The caller's account's subscriptions, connected ones first, with the tariff's price.
export async function listSubscriptions(caller: TCaller, locale: TLocale): Promise<TSubscriptionRow[]> {
  assertCanReadServices(caller);
  const rows = await db.subscription.findMany({
    where: { accountId: caller.accountId },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      quantity: true,
      status: true,
      startedAt: true,
      endedAt: true,
      tariff: {
        select: {
          id: true,
          code: true,
          nameRu: true,
          nameKk: true,
          nameEn: true,
          unit: true,
          monthlyPrice: true,
          service: { select: { code: true, category: true, nameRu: true, nameKk: true, nameEn: true, isSelfService: true, position: true } },
        },
      },
    },
  });
  return rows
    .map((row) => ({
      id: row.id,
      serviceCode: row.tariff.service.code,
      serviceName: localized(row.tariff.service, "name", locale),
      category: row.tariff.service.category,
      isSelfService: row.tariff.service.isSelfService,
      tariffId: row.tariff.id,
      tariffCode: row.tariff.code,
      tariffName: localized(row.tariff, "name", locale),
      unit: row.tariff.unit,
      monthlyPrice: row.tariff.monthlyPrice,
      quantity: row.quantity,
      monthlyCost: row.tariff.monthlyPrice * row.quantity,
      status: row.status as TSubscriptionStatus,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      position: row.tariff.service.position,
    }))
    .sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) || a.position - b.position)
    .map(({ position: _, ...row }) => row);
}
