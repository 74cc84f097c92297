import "server-only";
import { db } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { vatOf, type TLocale } from "@/lib/money";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { localized } from "./localized";
import { clock } from "@/lib/clock";

export type TCatalogueTariff = {
  id: string;
  code: string;
  name: string;
  unit: string;
  monthlyPrice: number; // tiyn per unit per month, without VAT
  monthlyPriceGross: number; // the same with VAT at the rate in force on `at`
  usagePrice: number;
  usagePriceGross: number;
  includedUsage: number;
  allowsPostpaid: boolean;
};

export type TCatalogueService = {
  id: string;
  code: string;
  category: string;
  name: string;
  description: string;
  usageUnit: string | null;
  isSelfService: boolean; // false: connected after the provider's technical review
  tariffs: TCatalogueTariff[];
};

export type TCatalogue = { vatRateBp: number; services: TCatalogueService[] };

// The provider's public catalogue, with prices without and with VAT as of `at`. It holds
// nothing of any customer, so every signed-in member of a cabinet may read it: the caller
// is required only to keep it behind the cabinet.
export async function listCatalogue(caller: TCaller, locale: TLocale, at: Date = clock.now()): Promise<TCatalogue> {
  if (!caller.accountId) return { vatRateBp: 0, services: [] };
  const [services, vatRateBp] = await Promise.all([
    db.service.findMany({
      where: { isActive: true, tariffs: { some: { isActive: true } } },
      orderBy: [{ position: "asc" }, { code: "asc" }],
      include: { tariffs: { where: { isActive: true }, orderBy: { monthlyPrice: "asc" } } },
    }),
    getVatRate(at),
  ]);
  return {
    vatRateBp,
    services: services.map((s) => ({
      id: s.id,
      code: s.code,
      category: s.category,
      name: localized(s, "name", locale),
      description: localized(s, "description", locale),
      usageUnit: s.usageUnit,
      isSelfService: s.isSelfService,
      tariffs: s.tariffs.map((t) => ({
        id: t.id,
        code: t.code,
        name: localized(t, "name", locale),
        unit: t.unit,
        monthlyPrice: t.monthlyPrice,
        monthlyPriceGross: t.monthlyPrice + vatOf(t.monthlyPrice, vatRateBp),
        usagePrice: t.usagePrice,
        usagePriceGross: t.usagePrice + vatOf(t.usagePrice, vatRateBp),
        includedUsage: t.includedUsage,
        allowsPostpaid: t.allowsPostpaid,
      })),
    })),
  };
}
