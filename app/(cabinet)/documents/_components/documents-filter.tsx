import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { DOCUMENT_STATUSES } from "@/lib/domain";
import { NUMBERED_KINDS } from "@/lib/server/documents/numbering";
import type { TDocumentFilter } from "@/lib/schemas/documents";

// A plain GET form: the filter lives in the URL (pagination keeps it).
export async function DocumentsFilter({ filter }: { filter: TDocumentFilter }) {
  const t = await getTranslations("documents");
  return (
    <form method="get" action="/documents" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_1fr_auto]" data-testid="documents-filter">
      <Select
        name="kind"
        label={t("filter.kind")}
        defaultValue={filter.kind ?? ""}
        options={[{ value: "", label: t("filter.allKinds") }, ...NUMBERED_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
      />
      <Select
        name="status"
        label={t("filter.status")}
        defaultValue={filter.status ?? ""}
        options={[{ value: "", label: t("filter.allStatuses") }, ...DOCUMENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      <Input type="date" name="from" label={t("filter.from")} defaultValue={filter.from ?? ""} />
      <Input type="date" name="to" label={t("filter.to")} defaultValue={filter.to ?? ""} />
      <div className="flex items-end gap-2">
        <Button type="submit" isReadAction>{t("filter.apply")}</Button>
        <Link href="/documents" className={buttonClass("ghost")}>
          {t("filter.reset")}
        </Link>
      </div>
    </form>
  );
}
