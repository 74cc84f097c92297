import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import type { TUsageRow } from "./history-usage";
import type { TDocPlan, TLedgerPlan } from "./history";
import { formatMoney } from "../../lib/money";
import { almatyMonth, almatyMonthRange, shiftMonth } from "../../lib/server/finance/almaty-time";

// The notices addressed to one demo account, written from what its history planned.

export type TPlannedAccount = {
  account: {
    id: string;
    number: string;
    subscriber: { kind: string };
    subscriptions: Array<{ startedAt: Date; tariff: { serviceId: string; code: string } }>;
  };
  usage: TUsageRow[];
  docs: TDocPlan[];
  ledger: TLedgerPlan[];
  overdue: TDocPlan | null;
  topup: TDocPlan | null;
};

type TNoticeRow = Prisma.NoticeCreateManyInput & { id: string; publishAt: Date };

const DAY = 24 * 60 * 60 * 1000;
const dmy = (date: Date) => new Date(date.getTime() + 5 * 60 * 60 * 1000).toISOString().slice(0, 10).split("-").reverse().join(".");

// The month after an instant's Almaty month, named in the three languages: "декабрь",
// "1 декабря"; "желтоқсан", "1 желтоқсан"; "December", "1 December".
function nextMonthNames(at: Date) {
  const first = almatyMonthRange(shiftMonth(almatyMonth(at), 1)).start;
  const name = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: "Asia/Almaty", ...options }).format(first);
  return {
    month: { ru: name("ru", { month: "long" }), kk: name("kk", { month: "long" }).toLocaleLowerCase("kk"), en: name("en", { month: "long" }) },
    first: { ru: name("ru", { day: "numeric", month: "long" }), kk: name("kk", { day: "numeric", month: "long" }), en: name("en-GB", { day: "numeric", month: "long" }) },
  };
}

export function accountNotices(p: TPlannedAccount, now: Date): TNoticeRow[] {
  const rows: TNoticeRow[] = [];
  const add = (row: Omit<TNoticeRow, "id" | "audience" | "accountId" | "createdAt">) => {
    if (row.publishAt < now) rows.push({ ...row, id: randomUUID(), audience: "ACCOUNT", accountId: p.account.id, createdAt: row.publishAt });
  };
  const started = (code: string) => p.account.subscriptions.find((s) => s.tariff.code === code)?.startedAt;

  if (p.account.subscriber.kind === "LEGAL") {
    const vm = started("VM-M");
    if (vm) {
      add({
        severity: "INFO",
        publishAt: new Date(vm.getTime() + 4 * 60 * 60 * 1000),
        titleRu: "Подключены облачные серверы",
        titleKk: "Бұлттық серверлер қосылды",
        titleEn: "Cloud servers connected",
        bodyRu: "Три виртуальные машины VM Medium готовы к работе. Доступы отправлены техническому контакту.",
        bodyKk: "Үш VM Medium виртуалды машинасы жұмысқа дайын. Қолжетімділік техникалық байланыс тұлғасына жіберілді.",
        bodyEn: "Three VM Medium machines are ready. The access details went to your technical contact.",
      });
    }
    if (p.overdue?.dueAt) {
      const amount = formatMoney(p.overdue.totals.amountGross, "ru");
      add({
        kind: "ACCOUNT_STATUS",
        severity: "WARNING",
        publishAt: new Date(Math.min(p.overdue.dueAt.getTime() + DAY, now.getTime() - 60_000)),
        titleRu: `Счёт ${p.overdue.number} не оплачен в срок`,
        titleKk: `${p.overdue.number} шоты мерзімінде төленбеді`,
        titleEn: `Invoice ${p.overdue.number} is overdue`,
        bodyRu: `Срок оплаты счёта на ${amount} истёк ${dmy(p.overdue.dueAt)}. Оплатите его, чтобы не превысить кредитный лимит: при превышении оказание услуг может быть приостановлено.`,
        bodyKk: `${amount} сомасындағы шоттың төлеу мерзімі ${dmy(p.overdue.dueAt)} өтті. Несие лимитінен асып кетпеу үшін оны төлеңіз: асып кеткен жағдайда қызмет көрсету тоқтатылуы мүмкін.`,
        bodyEn: `The invoice for ${formatMoney(p.overdue.totals.amountGross, "en")} was due on ${dmy(p.overdue.dueAt)}. Please pay it to stay within your credit limit: beyond it services may be suspended.`,
      });
    }
  }

  if (p.account.subscriber.kind === "SOLE") {
    const did = started("DID-CITY");
    if (did) {
      add({
        severity: "INFO",
        publishAt: new Date(did.getTime() + 5 * 60 * 60 * 1000),
        titleRu: "Подключены виртуальные номера",
        titleKk: "Виртуалды нөмірлер қосылды",
        titleEn: "Virtual numbers connected",
        bodyRu: "Два городских номера Алматы переадресуются на ваши SIP-устройства. Настройки переадресации — в разделе «Услуги».",
        bodyKk: "Алматының екі қалалық нөмірі SIP-құрылғыларыңызға бағытталады. Бағыттау баптаулары «Қызметтер» бөлімінде.",
        bodyEn: "Two Almaty city numbers now forward to your SIP devices. Forwarding settings are under Services.",
      });
    }
    if (p.topup) {
      const next = nextMonthNames(p.topup.issuedAt);
      add({
        kind: "ACCOUNT_STATUS",
        severity: "WARNING",
        publishAt: new Date(p.topup.issuedAt.getTime() - 60 * 60 * 1000),
        titleRu: "Баланс почти исчерпан",
        titleKk: "Баланс таусылуға жақын",
        titleEn: "Your balance is almost used up",
        bodyRu: `Средств на лицевом счёте не хватит на абонентскую плату за ${next.month.ru}. Пополните счёт до ${next.first.ru}, иначе оказание услуг будет приостановлено.`,
        bodyKk: `Дербес шоттағы қаражат келесі айдың (${next.month.kk}) абоненттік төлеміне жетпейді. Шотты ${next.first.kk} күніне дейін толтырыңыз, әйтпесе қызмет көрсету тоқтатылады.`,
        bodyEn: `The money on your account will not cover ${next.month.en}'s fee. Top it up before ${next.first.en} or services will be suspended.`,
      });
    }
  }

  if (p.account.subscriber.kind === "PERSON") {
    const s3 = started("S3-1TB");
    if (s3) {
      add({
        severity: "INFO",
        publishAt: new Date(s3.getTime() + 6 * 60 * 60 * 1000),
        titleRu: "Подключено хранилище S3",
        titleKk: "S3 қоймасы қосылды",
        titleEn: "S3 storage connected",
        bodyRu: "Пакет 1 ТБ активен. Ключи доступа можно получить в разделе «Услуги».",
        bodyKk: "1 ТБ пакеті белсенді. Қолжетімділік кілттерін «Қызметтер» бөлімінен алуға болады.",
        bodyEn: "Your 1 TB package is active. Get the access keys under Services.",
      });
    }
    const lastPayment = p.ledger.filter((e) => e.kind === "PAYMENT").sort((a, b) => +new Date(b.occurredAt) - +new Date(a.occurredAt))[0];
    if (lastPayment) {
      add({
        severity: "INFO",
        publishAt: new Date(new Date(lastPayment.occurredAt).getTime() + 60_000),
        titleRu: "Платёж зачислен",
        titleKk: "Төлем есепке алынды",
        titleEn: "Payment received",
        bodyRu: `На лицевой счёт зачислено ${formatMoney(lastPayment.amount as number, "ru")}. Спасибо!`,
        bodyKk: `Дербес шотқа ${formatMoney(lastPayment.amount as number, "kk")} есепке алынды. Рақмет!`,
        bodyEn: `${formatMoney(lastPayment.amount as number, "en")} has been credited to your account. Thank you!`,
      });
    }
  }
  return rows;
}
