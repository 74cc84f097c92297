import { getLocale, getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/card";
import { formatMoney, type TLocale } from "@/lib/money";
import { describeChange } from "@/lib/server/service-changes/describe-change";

type TChange = Parameters<typeof describeChange>[2] & {
  id: string;
  status: string;
  tariff: { monthlyPrice: number; nameRu: string; nameKk: string; nameEn: string } | null;
};

const TONES = { PENDING: "warning", APPROVED: "success", APPLIED: "success", REJECTED: "danger" } as const;

// The change a SERVICE_CHANGE request asks for, and where it stands.
export async function ServiceChangeSummary({ change, children }: { change: TChange; children?: React.ReactNode }) {
  const t = await getTranslations("requests");
  const locale = (await getLocale()) as TLocale;
  return (
    <Card data-testid="service-change-summary">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("changes.requested")}</h2>
        <Badge tone={TONES[change.status as keyof typeof TONES] ?? "neutral"}>{t(`changes.status.${change.status}` as never)}</Badge>
      </div>
      <p className="mt-2 text-sm text-slate-800">{describeChange(t as never, locale, change)}</p>
      {change.tariff && change.quantity != null && (
        <p className="mt-1 text-sm text-slate-600">
          {t("changes.monthlyNet", { amount: formatMoney(change.tariff.monthlyPrice * change.quantity, locale) })}
        </p>
      )}
      {children}
    </Card>
  );
}
