// Daily usage for the demo subscriptions: plausible volumes with weekday rhythm, noise and
// slow growth, from a seeded generator so every seed gives the same figures.

const DAY_MS = 24 * 60 * 60 * 1000;

// mulberry32: a small deterministic generator, enough for demo data.
export function seededRandom(seedText: string): () => number {
  let seed = [...seedText].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type TUsageSubscription = {
  id: string;
  accountId: string;
  quantity: number;
  startedAt: Date;
  tariff: { code: string; service: { usageUnit: string | null } };
};

export type TUsageRow = { accountId: string; subscriptionId: string; day: Date; volume: number };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

// Internet traffic per port per day in GB: [weekday, weekend] means.
const TRAFFIC_GB: Record<string, [number, number]> = {
  "DIA-500": [260, 90],
  "DIA-100": [55, 20],
  "HOME-200": [14, 22],
};

// vCPUs of one virtual machine.
const VCPUS: Record<string, number> = { "VM-S": 2, "VM-M": 4 };

// Stored gigabytes at the start and after a year, per 1 TB package.
const STORAGE_GB: Record<string, [number, number]> = { "S3-1TB": [120, 720] };

function volumeFor(sub: TUsageSubscription, day: Date, dayIndex: number, random: () => number): number | null {
  const weekday = day.getUTCDay();
  const isWeekend = weekday === 0 || weekday === 6;
  const growth = 1 + dayIndex / 365 / 6; // about +16 % over a year
  const noise = () => 0.75 + random() * 0.5;
  const code = sub.tariff.code;
  switch (sub.tariff.service.usageUnit) {
    case "GB": {
      const [weekdayGb, weekendGb] = TRAFFIC_GB[code] ?? [30, 12];
      return round((isWeekend ? weekendGb : weekdayGb) * sub.quantity * growth * noise(), 2);
    }
    case "MIN": {
      // About 11 minutes per line on a working day: a little over the 200 included a month.
      const perLine = isWeekend ? 0.8 : 11;
      return Math.round(perLine * sub.quantity * noise());
    }
    case "VCPU_HOUR": {
      const full = (VCPUS[code] ?? 2) * 24 * sub.quantity;
      // Now and then a machine is stopped for a few hours (maintenance, a customer's reboot).
      const stopped = random() < 0.06 ? (VCPUS[code] ?? 2) * Math.ceil(random() * 10) : 0;
      return round(full - stopped, 2);
    }
    case "GB_MONTH": {
      // Each day's share of a gigabyte-month: the month's rows add up to its average GB stored.
      const [from, to] = STORAGE_GB[code] ?? [50, 300];
      const stored = (from + ((to - from) * Math.min(dayIndex, 365)) / 365) * sub.quantity * (0.97 + random() * 0.06);
      const daysInMonth = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 0)).getUTCDate();
      return round(stored / daysInMonth, 3);
    }
    default:
      return null;
  }
}

// One row per day from the subscription's start until the day before `until` (UTC dates).
export function usageRows(sub: TUsageSubscription, until: Date, random: () => number): TUsageRow[] {
  if (!sub.tariff.service.usageUnit) return [];
  const rows: TUsageRow[] = [];
  const first = Date.UTC(sub.startedAt.getUTCFullYear(), sub.startedAt.getUTCMonth(), sub.startedAt.getUTCDate());
  const last = Date.UTC(until.getUTCFullYear(), until.getUTCMonth(), until.getUTCDate());
  for (let t = first, index = 0; t < last; t += DAY_MS, index += 1) {
    const day = new Date(t);
    const volume = volumeFor(sub, day, index, random);
    if (volume !== null) rows.push({ accountId: sub.accountId, subscriptionId: sub.id, day, volume });
  }
  return rows;
}
