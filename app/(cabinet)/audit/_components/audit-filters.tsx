import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { Input, Select } from "@/components/ui/field";
import type { TAuditQuery } from "@/lib/server/audit/audit-query";

type TProps = {
  query: TAuditQuery;
  people: Array<{ id: string; name: string; email: string }>;
  actions: Array<{ value: string; label: string }>;
  exportHref: string;
};

// A plain GET form: the filter lives in the URL, so it can be bookmarked and exported.
export async function AuditFilters({ query, people, actions, exportHref }: TProps) {
  const t = await getTranslations("audit");
  return (
    <form method="get" action="/audit" className="space-y-3" data-testid="audit-filters" aria-label={t("filters.title")}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          name="user"
          label={t("filters.user")}
          defaultValue={query.user ?? ""}
          options={[{ value: "", label: t("filters.allUsers") }, ...people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))]}
        />
        <Select
          name="action"
          label={t("filters.action")}
          defaultValue={query.action ?? ""}
          options={[{ value: "", label: t("filters.allActions") }, ...actions]}
        />
        <Input type="date" name="from" label={t("filters.from")} defaultValue={query.from ?? ""} />
        <Input type="date" name="to" label={t("filters.to")} defaultValue={query.to ?? ""} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isReadAction>{t("filters.apply")}</Button>
        <Link href="/audit" className={buttonClass("ghost")}>
          {t("filters.reset")}
        </Link>
        <a href={exportHref} className={buttonClass("secondary")} data-testid="audit-export" download>
          {t("export")}
        </a>
      </div>
    </form>
  );
}
