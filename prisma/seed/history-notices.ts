import type { TSeedDb } from "./client";

// The provider's notices of the demo year: to everybody, to the subscribers of a service,
// and one maintenance announcement with its window (always a few days ahead of the seed).

type TText = [string, string, string];
type TGlobalNotice = {
  audience: "ALL" | "SERVICE";
  service?: string;
  kind?: "GENERAL" | "MAINTENANCE";
  severity: "INFO" | "WARNING" | "CRITICAL";
  publishAt: Date;
  title: TText;
  body: TText;
};

const HOUR_MS = 60 * 60 * 1000;

// The next Sunday 01:00 in Almaty (20:00 UTC on Saturday) at least three days after `now`.
function nextMaintenanceStart(now: Date): Date {
  const start = new Date(now.getTime() + 3 * 24 * HOUR_MS);
  start.setUTCHours(20, 0, 0, 0);
  while (start.getUTCDay() !== 6) start.setUTCDate(start.getUTCDate() + 1);
  return start;
}

// "29.11.2026, 01:00–03:00" in Almaty time.
function windowText(start: Date): string {
  const local = new Date(start.getTime() + 5 * HOUR_MS);
  const date = `${String(local.getUTCDate()).padStart(2, "0")}.${String(local.getUTCMonth() + 1).padStart(2, "0")}.${local.getUTCFullYear()}`;
  const hour = (h: number) => `${String(h % 24).padStart(2, "0")}:00`;
  return `${date}, ${hour(local.getUTCHours())}–${hour(local.getUTCHours() + 2)}`;
}

function globalNotices(now: Date): TGlobalNotice[] {
  const window = windowText(nextMaintenanceStart(now));
  return [
    {
      audience: "ALL",
      severity: "INFO",
      publishAt: new Date("2025-12-15T04:00:00Z"),
      title: ["Ставка НДС с 1 января 2026 года — 16 %", "2026 жылғы 1 қаңтардан бастап ҚҚС мөлшерлемесі — 16 %", "VAT is 16 % from 1 January 2026"],
      body: [
        "По новому Налоговому кодексу Республики Казахстан с 1 января 2026 года ставка НДС составляет 16 % вместо 12 %. Тарифы без НДС не меняются; счета и акты за январь и далее выставляются по новой ставке.",
        "Қазақстан Республикасының жаңа Салық кодексіне сәйкес 2026 жылғы 1 қаңтардан бастап ҚҚС мөлшерлемесі 12 % орнына 16 % құрайды. ҚҚС-сыз тарифтер өзгермейді; қаңтардан бастап шоттар мен актілер жаңа мөлшерлеме бойынша жазылады.",
        "Under the new Tax Code of Kazakhstan, VAT is 16 % instead of 12 % from 1 January 2026. Prices without VAT stay the same; invoices and acts from January on use the new rate.",
      ],
    },
    {
      audience: "ALL",
      severity: "INFO",
      publishAt: new Date("2025-12-26T05:00:00Z"),
      title: ["График работы поддержки в праздники", "Мереке күндеріндегі қолдау қызметінің кестесі", "Support hours over the holidays"],
      body: [
        "1–2 января служба поддержки работает в дежурном режиме: аварии принимаются круглосуточно по телефону +7 717 270 00 00 и через заявления в личном кабинете.",
        "1–2 қаңтарда қолдау қызметі кезекші режимде жұмыс істейді: апаттар тәулік бойы +7 717 270 00 00 телефоны және жеке кабинеттегі өтініштер арқылы қабылданады.",
        "On 1–2 January support works on duty: outages are accepted around the clock at +7 717 270 00 00 and through requests in the cabinet.",
      ],
    },
    {
      audience: "ALL",
      severity: "INFO",
      publishAt: new Date("2026-02-02T04:00:00Z"),
      title: ["Новая услуга: объектное хранилище S3", "Жаңа қызмет: S3 объектілік қоймасы", "New: S3 object storage"],
      body: [
        "S3-совместимое хранилище в дата-центре в Астане с тройной репликацией. Пакет 1 ТБ — 18 000 ₸ в месяц без НДС. Подключается в разделе «Услуги».",
        "Астанадағы дата-орталықта үш еселік репликациясы бар S3-үйлесімді қойма. 1 ТБ пакеті — айына ҚҚС-сыз 18 000 ₸. «Қызметтер» бөлімінде қосылады.",
        "S3-compatible storage in an Astana data centre with triple replication. A 1 TB package is 18,000 ₸ a month without VAT. Connect it under Services.",
      ],
    },
    {
      audience: "SERVICE",
      service: "VPS",
      severity: "INFO",
      publishAt: new Date("2026-06-08T06:00:00Z"),
      title: ["Обновление платформы виртуализации", "Виртуалдандыру платформасын жаңарту", "Virtualisation platform upgrade"],
      body: [
        "С 10 по 14 июня серверы будут поочерёдно перенесены на обновлённые узлы без остановки (живая миграция). Возможны кратковременные задержки сети до 1 секунды.",
        "10–14 маусым аралығында серверлер жаңартылған түйіндерге тоқтаусыз кезекпен көшіріледі. Желіде 1 секундқа дейін қысқа кідірістер болуы мүмкін.",
        "From 10 to 14 June servers move to upgraded hosts one by one without stopping (live migration). Network pauses of up to a second are possible.",
      ],
    },
    {
      audience: "SERVICE",
      service: "SIP",
      severity: "CRITICAL",
      publishAt: new Date("2026-10-12T08:30:00Z"),
      title: ["Сбой IP-телефонии 12 октября устранён", "12 қазандағы IP-телефония ақауы жойылды", "IP telephony outage of 12 October resolved"],
      body: [
        "С 12:40 до 13:25 входящие вызовы на городские номера Астаны не проходили из-за отказа SIP-шлюза. Работа восстановлена, перерыв будет учтён при перерасчёте по SLA.",
        "12:40-тан 13:25-ке дейін SIP-шлюздің істен шығуына байланысты Астананың қалалық нөмірлеріне кіріс қоңыраулар өтпеді. Жұмыс қалпына келтірілді, үзіліс SLA бойынша қайта есептеуде ескеріледі.",
        "From 12:40 to 13:25 incoming calls to Astana city numbers failed because a SIP gateway went down. Service is restored; the break counts towards the SLA recalculation.",
      ],
    },
    {
      audience: "SERVICE",
      service: "INTERNET",
      severity: "WARNING",
      publishAt: new Date("2026-11-18T05:00:00Z"),
      title: ["Работы на магистрали Астана — Алматы", "Астана — Алматы магистраліндегі жұмыстар", "Works on the Astana — Almaty backbone"],
      body: [
        "В ночь на 27 ноября с 02:00 до 05:00 возможны перерывы связи до 15 минут при переключении на резервный маршрут.",
        "27 қарашаға қараған түні 02:00-ден 05:00-ге дейін резервтік бағытқа ауысу кезінде 15 минутқа дейін байланыс үзілуі мүмкін.",
        "On the night before 27 November, from 02:00 to 05:00, the link may drop for up to 15 minutes while traffic moves to the backup route.",
      ],
    },
    {
      audience: "ALL",
      kind: "MAINTENANCE",
      severity: "WARNING",
      publishAt: new Date(now.getTime() - 2 * 24 * HOUR_MS),
      title: ["Плановые работы в личном кабинете", "Жеке кабинеттегі жоспарлы жұмыстар", "Planned maintenance of the cabinet"],
      body: [
        `${window} (время Астаны) личный кабинет будет недоступен: обновляем его программное обеспечение. Услуги связи работают как обычно.`,
        `${window} (Астана уақыты) жеке кабинет қолжетімсіз болады: бағдарламалық жасақтаманы жаңартамыз. Байланыс қызметтері әдеттегідей жұмыс істейді.`,
        `On ${window} (Astana time) the cabinet will be unavailable while we upgrade its software. Your services keep working as usual.`,
      ],
    },
  ];
}

// Global notices once: a rerun finds them by title and leaves them alone.
export async function seedGlobalNotices(db: TSeedDb, now: Date) {
  const services = new Map((await db.service.findMany({ select: { id: true, code: true } })).map((s) => [s.code, s.id]));
  for (const notice of globalNotices(now)) {
    const exists = await db.notice.findFirst({ where: { audience: notice.audience, titleRu: notice.title[0] }, select: { id: true } });
    if (exists) continue;
    const row = await db.notice.create({
      data: {
        audience: notice.audience,
        serviceId: notice.service ? services.get(notice.service) : null,
        kind: notice.kind ?? "GENERAL",
        severity: notice.severity,
        titleRu: notice.title[0],
        titleKk: notice.title[1],
        titleEn: notice.title[2],
        bodyRu: notice.body[0],
        bodyKk: notice.body[1],
        bodyEn: notice.body[2],
        publishAt: notice.publishAt,
        createdAt: notice.publishAt,
      },
    });
    if (notice.kind === "MAINTENANCE") {
      const startsAt = nextMaintenanceStart(now);
      await db.maintenanceWindow.create({
        data: { startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR_MS), noticeId: row.id },
      });
    }
  }
}

export type TAccountNotice = {
  severity: "INFO" | "WARNING" | "CRITICAL";
  kind?: "GENERAL" | "ACCOUNT_STATUS";
  publishAt: Date;
  title: TText;
  body: TText;
};
