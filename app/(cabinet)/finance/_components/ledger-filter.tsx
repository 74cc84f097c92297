import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { buttonClass } from "@/components/ui/button-class";
import { LEDGER_KINDS } from "@/lib/domain";
import type { TLedgerFilter } from "@/lib/schemas/finance";

// A plain GET form: the filter lives in the URL, works without JavaScript and survives reloads.
export async function LedgerFilter({ filter }: { filter: TLedgerFilter }) {
  const t = await getTranslations("finance");
  return (
    <form method="get" action="/finance" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1fr_auto]" aria-label={t("filter.title")} data-testid="ledger-filter">
      <Select
        name="kind"
        label={t("filter.kind")}
        defaultValue={filter.kind ?? ""}
        options={[{ value: "", label: t("filter.allKinds") }, ...LEDGER_KINDS.map((k) => ({ value: k, label: t(`ledger.kind.${k}`) }))]}
      />
      <Input type="date" name="from" label={t("filter.from")} defaultValue={filter.from ?? ""} />
      <Input type="date" name="to" label={t("filter.to")} defaultValue={filter.to ?? ""} />
      <div className="flex items-end gap-2">
        <Button type="submit" isReadAction>{t("filter.apply")}</Button>
        <Link href="/finance" className={buttonClass("ghost")}>
          {t("filter.reset")}
        </Link>
      </div>
    </form>
  );
}
