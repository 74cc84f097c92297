import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { GRANULARITIES } from "@/lib/schemas/statistics";

// A plain GET form: the period lives in the URL, so it can be bookmarked and works before
// any script has loaded. Rendered entirely on the server (no client field components):
// the statistics page is on the benchmark's list, and these render on every request.
const fieldClass =
  "block w-full min-h-10 rounded-lg border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200";

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
  const tRoot = await getTranslations();
  const field = (name: "from" | "to" | "granularity" | "service", label: string, control: (props: Record<string, unknown>) => React.ReactNode) => {
    const id = `usage-${name}`;
    const error = errors[name] ? tRoot(errors[name] as never) : undefined;
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          {label}
        </label>
        {control({
          id,
          name,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-error` : undefined,
          className: cn(fieldClass, error ? "border-red-500" : "border-slate-300"),
        })}
        {error && (
          <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <Card className="mb-6">
      <form method="get" action="/statistics" aria-label={t("filters.legend")} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end">
        {field("from", t("filters.from"), (props) => <input type="date" required defaultValue={values.from} {...props} />)}
        {field("to", t("filters.to"), (props) => <input type="date" required defaultValue={values.to} {...props} />)}
        {field("granularity", t("filters.granularity"), (props) => (
          <select defaultValue={values.granularity} {...props}>
            {GRANULARITIES.map((g) => (
              <option key={g} value={g}>
                {t(`granularity.${g}`)}
              </option>
            ))}
          </select>
        ))}
        {field("service", t("filters.service"), (props) => (
          <select defaultValue={values.service} {...props}>
            <option value="">{t("filters.allServices")}</option>
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        ))}
        <Button type="submit" isReadAction className="sm:col-span-2 lg:col-span-1">
          {t("filters.apply")}
        </Button>
      </form>
    </Card>
  );
}
