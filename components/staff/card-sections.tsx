import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { TSubscriberCard } from "@/lib/server/staff/get-subscriber-card";
import { formatMoney, type TLocale } from "@/lib/money";
import { Badge, Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { displayIp } from "@/lib/display-ip";
import { describeAction, describeObjectType } from "@/lib/server/audit/describe-audit";
import { formatAlmatyDate, formatAlmatyDateTime } from "@/lib/intl-cache";

export async function RequisitesSection({ card, locale }: { card: TSubscriberCard; locale: TLocale }) {
  const t = await getTranslations("staff.card");
  const s = card.subscriber;
  const rows: Array<[string, string | null]> = [
    [t("fields.kind"), t(`kinds.${s.kind}`)],
    [t("fields.name"), s.name],
    [t("fields.taxId"), s.taxId],
    [t("fields.contract"), `${s.contractNumber} · ${formatAlmatyDate(s.contractDate, locale)}`],
    [t("fields.legalAddress"), s.legalAddress],
    [t("fields.postalAddress"), s.postalAddress],
    [t("fields.bank"), `${s.iban} · ${s.bic}${s.bankName ? ` · ${s.bankName}` : ""}`],
    [t("fields.vat"), s.isVatPayer ? t("yes") : t("no")],
    [t("fields.contact"), `${s.contactName} · ${s.contactEmail} · ${s.contactPhone}`],
    [t("fields.signatory"), s.signatoryName ? `${s.signatoryName}${s.signatoryPosition ? `, ${s.signatoryPosition}` : ""}` : null],
    [t("fields.offer"), s.offerVersion?.version ?? null],
  ];
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("requisites")}</h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]" data-testid="requisites">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="break-words text-slate-900">{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

export async function DocumentsSection({ card, locale }: { card: TSubscriberCard; locale: TLocale }) {
  const t = await getTranslations("staff.card");
  // The statuses read as on the customer's own documents screen.
  const td = await getTranslations("documents");
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("documents")}</h2>
      {card.documents.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("columns.date")}</Th>
              <Th>{t("columns.document")}</Th>
              <Th>{t("columns.account")}</Th>
              <Th className="text-right">{t("columns.amount")}</Th>
              <Th>{t("columns.status")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {card.documents.map((d) => (
              <tr key={d.id}>
                <Td className="whitespace-nowrap">{formatAlmatyDate(d.issuedAt, locale)}</Td>
                <Td>
                  {t(`documentKinds.${d.kind}`)} {d.number}
                </Td>
                <Td>{d.account.number}</Td>
                <Td className="whitespace-nowrap text-right">{formatMoney(d.amountGross, locale)}</Td>
                <Td>{td.has(`status.${d.status}`) ? td(`status.${d.status}`) : d.status}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export async function RequestsSection({ card, locale }: { card: TSubscriberCard; locale: TLocale }) {
  const t = await getTranslations("staff.card");
  const tr = await getTranslations("requests.staff");
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("requests")}</h2>
      {card.requests.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("columns.date")}</Th>
              <Th>{t("columns.number")}</Th>
              <Th>{t("columns.subject")}</Th>
              <Th>{t("columns.status")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {card.requests.map((r) => (
              <tr key={r.id}>
                <Td className="whitespace-nowrap">{formatAlmatyDate(r.createdAt, locale)}</Td>
                <Td>
                  <Link href={`/staff/requests/${r.id}`} className="text-brand-700 hover:underline">
                    {r.number}
                  </Link>
                </Td>
                <Td>{r.subject}</Td>
                <Td>
                  <Badge>{tr.has(`status.${r.status}`) ? tr(`status.${r.status}`) : r.status}</Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export async function AuditSection({ card, locale }: { card: TSubscriberCard; locale: TLocale }) {
  const t = await getTranslations("staff.card");
  // Actions and objects read as in the customer's audit log.
  const ta = await getTranslations("audit");
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("audit")}</h2>
      {card.audit.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("columns.date")}</Th>
              <Th>{t("columns.action")}</Th>
              <Th>{t("columns.actor")}</Th>
              <Th>{t("columns.object")}</Th>
              <Th>{t("columns.ip")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="card-audit">
            {card.audit.map((row) => (
              <tr key={row.id} className={row.outcome === "DENIED" ? "bg-red-50" : undefined} data-action={row.action}>
                <Td className="whitespace-nowrap">{formatAlmatyDateTime(row.createdAt, locale)}</Td>
                <Td className="text-xs">{describeAction(ta, row.action)}</Td>
                <Td>
                  {row.actor?.name ?? "—"}
                  {row.actor?.staffRole && <span className="text-xs text-slate-500"> ({t("staffMark")})</span>}
                  {row.subjectUser && <span className="text-xs text-slate-500"> → {row.subjectUser.name}</span>}
                </Td>
                <Td className="max-w-xs break-words text-xs text-slate-600">{row.objectType ? `${describeObjectType(ta, row.objectType)}${row.objectId ? ` ${row.objectId}` : ""}` : "—"}</Td>
                <Td className="font-mono text-xs">{displayIp(row.ip) ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export async function AcceptancesSection({ card, locale }: { card: TSubscriberCard; locale: TLocale }) {
  const t = await getTranslations("staff.card");
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("acceptances")}</h2>
      {card.acceptances.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t("columns.date")}</Th>
              <Th>{t("columns.user")}</Th>
              <Th>{t("columns.document")}</Th>
              <Th>{t("columns.method")}</Th>
              <Th>{t("columns.ip")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {card.acceptances.map((a) => (
              <tr key={a.id}>
                <Td className="whitespace-nowrap">{formatAlmatyDateTime(a.acceptedAt, locale)}</Td>
                <Td>{a.user.name}</Td>
                <Td>
                  {t(`agreementKinds.${a.version.kind}`)} {a.version.version}
                </Td>
                <Td>{t(`methods.${a.method}`)}</Td>
                <Td className="font-mono text-xs">{displayIp(a.ip) ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
