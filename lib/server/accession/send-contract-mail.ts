import "server-only";
import { createElement } from "react";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { sendEmail } from "@/lib/email/send-email";
import { formatMoney, intlLocaleOf, type TLocale } from "@/lib/money";
import { isLocale } from "@/lib/i18n/config";
import ContractCreatedEmail from "@/emails/contract-created";
import type { TAcceptedDraftData } from "./accepted-snapshot";

const LOCALE_INDEX: Record<TLocale, 0 | 1 | 2> = { ru: 0, kk: 1, en: 2 };

// The contract details, mailed to the new owner in their language once the acceptance
// is committed. Read from the accepted draft, so it shows exactly what was signed.
export async function sendContractMail(userId: string, subscriberId: string): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, locale: true } });
  const draft = await db.accessionDraft.findFirstOrThrow({ where: { userId, subscriberId, completedAt: { not: null } } });
  const data = JSON.parse(draft.data) as TAcceptedDraftData;
  const a = data.accepted;
  const locale: TLocale = isLocale(user.locale) ? user.locale : "ru";
  const t = await getTranslations({ locale, namespace: "accession.mail" });
  const tw = await getTranslations({ locale, namespace: "accession.wizard" });
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  const date = (value: string) => new Intl.DateTimeFormat(intlLocaleOf(locale), { timeZone: "Asia/Almaty", dateStyle: "long" }).format(new Date(value));
  const base = appUrl();

  await sendEmail({
    to: user.email,
    subject: t("subject", { number: a.contractNumber }),
    template: "contract-created",
    react: createElement(ContractCreatedEmail, {
      lang: locale,
      preview: t("subject", { number: a.contractNumber }),
      heading: t("heading"),
      paragraphs: [t("greeting", { name: user.name }), t("intro", { subscriber: data.requisites.name })],
      details: [
        { label: t("contractNumber"), value: a.contractNumber },
        { label: t("contractDate"), value: date(a.at) },
        { label: t("accountNumber"), value: a.accountNumber },
        { label: t("billingMethod"), value: tw(`billing.${data.services.billingMethod}`) },
        { label: t("offerVersion"), value: t("offerVersionValue", { version: a.offer.version, date: date(a.offer.effectiveAt) }) },
      ],
      servicesTitle: t("servicesTitle"),
      services: a.lines.map((line) => ({ name: line.names[LOCALE_INDEX[locale]], quantity: String(line.quantity), amount: money(line.net) })),
      totals: [
        { label: t("net"), value: money(a.net) },
        { label: t("vat", { rate: a.vatRateBp / 100 }), value: money(a.vat) },
        { label: t("gross"), value: money(a.gross), isStrong: true },
      ],
      action: { label: t("action"), url: `${base}/dashboard` },
      // The done page (behind the login) links the PDF; a bare API link would answer 401.
      statement: { label: t("statement"), url: `${base}/accession/done` },
      note: t("note"),
      footer: t("footer"),
    }),
  });
}
