import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMoney, type TLocale } from "@/lib/money";
import { monthlyTotal } from "@/lib/accession/monthly-total";
import { chosenItems, type TAccessionStep, type TCompleteDraft } from "@/lib/schemas/accession";
import type { TCatalogue } from "@/lib/server/accession/list-catalogue";
import { localized } from "./localized";

function Section({ step, title, edit, children }: { step: TAccessionStep; title: string; edit: string; children: React.ReactNode }) {
  return (
    <section className="border-b border-slate-200 pb-4" data-testid={`review-${step}`}>
      <div className="mb-2 flex items-center justify-between gap-3">
        <h3 className="font-semibold text-slate-900">{title}</h3>
        <Link href={`/accession/${step}`} className="text-sm text-brand-700 hover:underline">
          {edit}
        </Link>
      </div>
      {children}
    </section>
  );
}

function Rows({ rows }: { rows: Array<[string, string | null | undefined]> }) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="mb-1 break-words text-slate-900 sm:mb-0">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

// Everything the person entered, as the statement of accession will show it, each part
// with a link back to its step; and the monthly total the server computes.
export async function ReviewSummary({ data, catalogue, vatRateBp }: { data: TCompleteDraft; catalogue: TCatalogue; vatRateBp: number }) {
  const t = await getTranslations("accession");
  const locale = (await getLocale()) as TLocale;
  const format = await getFormatter();
  const { kind, requisites: r, contacts: c, services } = data;
  const isPerson = kind.kind === "PERSON";
  const tariffs = catalogue.flatMap((service) => service.tariffs);
  const byId = new Map(tariffs.map((tariff) => [tariff.id, tariff]));
  const total = monthlyTotal(chosenItems(services), tariffs, vatRateBp);
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  const edit = t("wizard.edit");
  const authority =
    c.signatoryAuthority === "POWER_OF_ATTORNEY"
      ? t("wizard.review.poa", { number: c.poaNumber, date: format.dateTime(new Date(`${c.poaDate}T00:00:00+05:00`), { dateStyle: "long" }) })
      : c.signatoryAuthority
        ? t(kind.kind === "SOLE" ? "wizard.contacts.authorities.CHARTER_SOLE" : "wizard.contacts.authorities.CHARTER")
        : null;

  return (
    <div className="space-y-4">
      <Section step="kind" title={t("wizard.review.kind")} edit={edit}>
        <p className="text-sm text-slate-900">{t(`wizard.kinds.${kind.kind}.title`)}</p>
      </Section>
      <Section step="requisites" title={t("wizard.review.requisites")} edit={edit}>
        <Rows
          rows={[
            [t(isPerson ? "wizard.review.taxIdIin" : "wizard.review.taxIdBin"), r.taxId],
            [t("wizard.review.name"), r.name],
            [t("wizard.review.shortName"), r.shortName],
            [t("wizard.review.legalAddress"), r.legalAddress],
            [t("wizard.review.postalAddress"), r.postalSameAsLegal ? r.legalAddress : r.postalAddress],
            ["IBAN", r.iban],
            [t("wizard.review.bank"), [r.bic, r.bankName].filter(Boolean).join(", ")],
            [t("wizard.review.vatPayer"), t(r.isVatPayer ? "wizard.review.yes" : "wizard.review.no")],
          ]}
        />
      </Section>
      <Section step="contacts" title={t("wizard.review.contacts")} edit={edit}>
        <Rows
          rows={[
            [t("wizard.review.contact"), `${c.contactName}, ${c.contactEmail}, ${c.contactPhone}`],
            [t("wizard.review.signatory"), isPerson ? null : `${c.signatoryName}, ${c.signatoryPosition}`],
            [t("wizard.review.authority"), isPerson ? null : authority],
          ]}
        />
      </Section>
      <Section step="services" title={t("wizard.review.services")} edit={edit}>
        <Table>
          <thead>
            <tr>
              <Th>{t("wizard.review.service")}</Th>
              <Th className="text-right">{t("wizard.review.quantity")}</Th>
              <Th className="text-right">{t("wizard.review.amount")}</Th>
            </tr>
          </thead>
          <tbody>
            {total.lines.map((line) => {
              const tariff = byId.get(line.tariffId)!;
              const service = catalogue.find((s) => s.id === tariff.serviceId)!;
              return (
                <tr key={line.tariffId}>
                  <Td>
                    {localized(service, "name", locale)}: {localized(tariff, "name", locale)}
                  </Td>
                  <Td className="text-right">{line.quantity}</Td>
                  <Td className="whitespace-nowrap text-right">{money(line.net)}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
        <dl className="mt-3 space-y-1 text-sm" data-testid="review-total">
          <div className="flex justify-between gap-4">
            <dt className="text-slate-600">{t("wizard.review.billingMethod")}</dt>
            <dd>{t(`wizard.billing.${services.billingMethod}`)}</dd>
          </div>
          <div className="flex justify-between gap-4">
            <dt className="text-slate-600">{t("wizard.services.net")}</dt>
            <dd>{money(total.net)}</dd>
          </div>
          <div className="flex justify-between gap-4">
            <dt className="text-slate-600">{t("wizard.services.vat", { rate: vatRateBp / 100 })}</dt>
            <dd>{money(total.vat)}</dd>
          </div>
          <div className="flex justify-between gap-4 font-semibold">
            <dt>{t("wizard.services.gross")}</dt>
            <dd data-testid="review-gross">{money(total.gross)}</dd>
          </div>
        </dl>
      </Section>
    </div>
  );
}
