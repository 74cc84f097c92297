import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney, type TLocale } from "@/lib/money";
import { Figure } from "./figure";

// Balance, credit limit and what can still be spent (balance + credit limit, never shown
// below zero): the dashboard's and the finance screen's headline.
export async function MoneyFigures({ balance, creditLimit, billingMethod }: { balance: number; creditLimit: number; billingMethod: string }) {
  const t = await getTranslations("dashboard");
  const locale = (await getLocale()) as TLocale;
  const available = Math.max(0, balance + creditLimit);
  return (
    <>
      <Figure
        label={t("balance.title")}
        value={formatMoney(balance, locale)}
        tone={balance < 0 ? "danger" : "default"}
        note={balance < 0 ? t("balance.debt") : `${t("billing.title")}: ${t(`billing.${billingMethod}` as never)}`}
        testId="balance"
      />
      <Figure
        label={t("creditLimit")}
        value={formatMoney(creditLimit, locale)}
        note={creditLimit > 0 ? `${t("billing.title")}: ${t(`billing.${billingMethod}` as never)}` : t("noCreditLimit")}
        testId="credit-limit"
      />
      <Figure label={t("available.title")} value={formatMoney(available, locale)} tone={available === 0 ? "danger" : "success"} note={t("available.hint")} testId="available">
        {available === 0 && (
          <p role="status" className="mt-2 text-xs text-red-700">
            {t("available.exhausted")}
          </p>
        )}
      </Figure>
    </>
  );
}
