import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { readRaw } from "@/lib/db";
import type { TCaller } from "@/lib/auth/cabinet";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { clock } from "@/lib/clock";

export type TConnectedService = {
  id: string;
  quantity: number;
  status: string;
  startedAt: Date;
  unit: string;
  monthlyPrice: number; // per unit, tiyn, without VAT
  monthlyCost: number; // quantity × price, tiyn, without VAT
  tariff: { code: string; ru: string; kk: string; en: string };
  service: { code: string; ru: string; kk: string; en: string };
};

type TRaw = {
  id: string;
  quantity: number | bigint;
  status: string;
  startedAt: Date | string;
  unit: string;
  monthlyPrice: number | bigint;
  tariffCode: string;
  tariffRu: string;
  tariffKk: string;
  tariffEn: string;
  serviceCode: string;
  serviceRu: string;
  serviceKk: string;
  serviceEn: string;
  vatRateBp: number | bigint | null;
};

// The dashboard's connected services with their monthly cost, and the VAT rate in force
// today to show the total with VAT: one statement (the rate rides along as a scalar
// subquery), instead of a subscription query with two joins' worth of follow-ups and a
// separate rate lookup.
export async function listConnectedServices(caller: TCaller, now: Date = clock.now()): Promise<{ services: TConnectedService[]; vatRateBp: number | null }> {
  if (!can(caller, "services.read") && !can(caller, "services.manage")) throw new AppError("FORBIDDEN", "forbidden");
  const rows = await readRaw<TRaw[]>(Prisma.sql`
    SELECT s."id", s."quantity", s."status", s."startedAt",
           t."unit", t."monthlyPrice", t."code" AS "tariffCode", t."nameRu" AS "tariffRu", t."nameKk" AS "tariffKk", t."nameEn" AS "tariffEn",
           sv."code" AS "serviceCode", sv."nameRu" AS "serviceRu", sv."nameKk" AS "serviceKk", sv."nameEn" AS "serviceEn",
           (SELECT v."rateBp" FROM "VatRate" v WHERE v."validFrom" <= ${now} ORDER BY v."validFrom" DESC LIMIT 1) AS "vatRateBp"
    FROM "Subscription" s
    JOIN "Tariff" t ON t."id" = s."tariffId"
    JOIN "Service" sv ON sv."id" = t."serviceId"
    WHERE s."accountId" = ${caller.accountId} AND s."status" <> 'DISCONNECTED'
    ORDER BY sv."position", s."startedAt", s."id"`);
  return {
    vatRateBp: rows.length && rows[0].vatRateBp !== null ? Number(rows[0].vatRateBp) : null,
    services: rows.map((r) => ({
      id: r.id,
      quantity: Number(r.quantity),
      status: r.status,
      startedAt: new Date(r.startedAt),
      unit: r.unit,
      monthlyPrice: Number(r.monthlyPrice),
      monthlyCost: Number(r.monthlyPrice) * Number(r.quantity),
      tariff: { code: r.tariffCode, ru: r.tariffRu, kk: r.tariffKk, en: r.tariffEn },
      service: { code: r.serviceCode, ru: r.serviceRu, kk: r.serviceKk, en: r.serviceEn },
    })),
  };
}
