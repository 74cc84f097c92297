import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { GRANULARITIES } from "@/lib/schemas/statistics";

// A plain GET form: the period lives in the URL, so it can be bookmarked, shared within
// the cabinet and works before any script has loaded.
export async function UsageFilters({
  values,
  errors,
  services,
}: {
  values: { from: string; to: string; granularity: string; service: string };
  errors: Record<string, string>;
  services: Array<{ code: string; name: string }>;
}) {
  const t = await getTranslations("statistics");
  return (
    <Card className="mb-6">
      <form method="get" action="/statistics" aria-label={t("filters.legend")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end">
        <Input type="date" name="from" label={t("filters.from")} defaultValue={values.from} error={errors.from} required />
        <Input type="date" name="to" label={t("filters.to")} defaultValue={values.to} error={errors.to} required />
        <Select
          name="granularity"
          label={t("filters.granularity")}
          defaultValue={values.granularity}
          error={errors.granularity}
          options={GRANULARITIES.map((g) => ({ value: g, label: t(`granularity.${g}`) }))}
        />
        <Select
          name="service"
          label={t("filters.service")}
          defaultValue={values.service}
          error={errors.service}
          options={[{ value: "", label: t("filters.allServices") }, ...services.map((s) => ({ value: s.code, label: s.name }))]}
        />
        <Button type="submit" className="sm:col-span-2 lg:col-span-1">
          {t("filters.apply")}
        </Button>
      </form>
    </Card>
  );
}
