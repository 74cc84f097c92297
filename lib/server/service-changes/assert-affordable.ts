import "server-only";
import type { Tx } from "@/lib/db";
import { formatMoney, type TLocale } from "@/lib/money";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { refuse } from "@/lib/server/requests/refuse";
import { ledgerBalance as accountBalance } from "@/lib/server/finance/get-balance";
import { prepaidShortfall } from "./change-rules";
import { withVat } from "./pricing";

// A prepaid account may add only what it can pay for: the first month of the increase,
// with VAT, within balance + credit limit. The refusal gives the figures and the top-up
// that would make it fit.
export async function assertAffordable(
  tx: Tx,
  account: { id: string; billingMethod: string; creditLimit: number },
  deltaMonthlyNet: number,
  now: Date,
  locale: TLocale,
  field = "quantity",
): Promise<void> {
  if (account.billingMethod !== "PREPAID" || deltaMonthlyNet <= 0) return;
  const required = withVat(deltaMonthlyNet, await getVatRate(now, tx)).gross;
  const balance = await accountBalance(account.id, tx);
  const missing = prepaidShortfall({ billingMethod: account.billingMethod, balance, creditLimit: account.creditLimit, requiredGross: required });
  if (missing <= 0) return;
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  await refuse(field, "changes.errors.prepaidLimit", {
    required: money(required),
    balance: money(balance),
    credit: money(account.creditLimit),
    available: money(balance + account.creditLimit),
    missing: money(missing),
  });
}
