import type { TAccount, TLedgerPlan } from "./history";

// What makes each demo account's story: an SLA credit for the company, a bonus and an extra
// top-up for the person, a requested (unpaid) top-up invoice for the sole proprietor.
export function extrasFor(account: TAccount, now: Date): { ledger: TLedgerPlan[]; topupGross: number } {
  const base = { accountId: account.id };
  const past = (iso: string) => new Date(iso) < now;
  if (account.subscriber.kind === "LEGAL" && past("2026-03-16T06:00:00Z")) {
    return {
      topupGross: 0,
      ledger: [
        {
          ...base,
          kind: "ADJUSTMENT",
          amount: 4_490_32,
          occurredAt: new Date("2026-03-16T06:00:00Z"),
          describe: () => [
            "Перерасчёт по SLA: перерыв связи 12.03.2026 (1 сутки абонентской платы)",
            "SLA бойынша қайта есептеу: 12.03.2026 байланыс үзілісі (1 тәулік абоненттік төлем)",
            "SLA credit: link outage on 12.03.2026 (one day of the fee)",
          ],
        },
      ],
    };
  }
  if (account.subscriber.kind === "PERSON") {
    const ledger: TLedgerPlan[] = [];
    if (past("2026-05-05T07:00:00Z")) {
      ledger.push({
        ...base,
        kind: "ADJUSTMENT",
        amount: 1_000_00,
        occurredAt: new Date("2026-05-05T07:00:00Z"),
        describe: () => ["Бонус за подключение автоплатежа", "Автотөлемді қосқаны үшін бонус", "Bonus for switching on automatic payments"],
      });
    }
    if (past("2026-09-14T13:20:00Z")) {
      ledger.push({
        ...base,
        kind: "PAYMENT",
        amount: 20_000_00,
        occurredAt: new Date("2026-09-14T13:20:00Z"),
        describe: () => ["Пополнение лицевого счёта через Kaspi.kz", "Kaspi.kz арқылы дербес шотты толтыру", "Account top-up via Kaspi.kz"],
      });
    }
    return { ledger, topupGross: 0 };
  }
  if (account.subscriber.kind === "SOLE") return { ledger: [], topupGross: 80_000_00 };
  return { ledger: [], topupGross: 0 };
}
