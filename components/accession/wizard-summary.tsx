import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney, type TLocale } from "@/lib/money";
import { monthlyTotal } from "@/lib/accession/monthly-total";
import { chosenItems, type TDraftData } from "@/lib/schemas/accession";

// "Your application so far": what the saved steps hold, beside every step, so someone
// coming back (another day, another browser) sees at once that nothing was lost.
export async function WizardSummary({
  data,
  expiresAt,
  prices,
  vatRateBp,
}: {
  data: TDraftData;
  expiresAt: Date | null;
  prices: Array<{ id: string; monthlyPrice: number }>;
  vatRateBp: number;
}) {
  const t = await getTranslations("accession");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  const rows: Array<[string, string]> = [];
  if (data.kind) rows.push([t("summary.kind"), t(`wizard.kinds.${data.kind.kind}.title`)]);
  if (data.requisites) {
    rows.push([t("summary.name"), data.requisites.shortName]);
    rows.push([t("summary.taxId"), data.requisites.taxId]);
  }
  if (data.contacts) rows.push([t("summary.contact"), `${data.contacts.contactName}, ${data.contacts.contactPhone}`]);
  if (data.services) {
    const items = chosenItems(data.services);
    rows.push([t("summary.services"), String(items.length)]);
    rows.push([t("summary.total"), formatMoney(monthlyTotal(items, prices, vatRateBp).gross, locale)]);
  }
  return (
    <aside className="rounded-xl bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200" data-testid="wizard-summary">
      <h2 className="font-semibold text-slate-900">{t("summary.title")}</h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-500">{t("summary.empty")}</p>
      ) : (
        <dl className="mt-3 space-y-2">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className="break-words font-medium text-slate-800">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {expiresAt && (
        <p className="mt-4 text-xs text-slate-500">{t("summary.savedUntil", { date: format.dateTime(expiresAt, { dateStyle: "long" }) })}</p>
      )}
    </aside>
  );
}
