// How an audit row reads to people, shared by the page and the CSV export. Actions and
// object kinds other features add later show as written until they are translated.

type TTranslator = { (key: string, values?: Record<string, string | number>): string; has: (key: string) => boolean };

const CODE = /^[a-z_]+(\.[a-z_]+)+$/;

export function describeAction(t: TTranslator, action: string): string {
  const key = `actions.${action}`;
  return CODE.test(action) && t.has(key) ? t(key) : action;
}

// "page:finance.read" → "Page · finance.read"; "user" → "User".
export function describeObjectType(t: TTranslator, objectType: string | null): string {
  if (!objectType) return "";
  const [kind, rest] = objectType.includes(":") ? [objectType.slice(0, objectType.indexOf(":")), objectType.slice(objectType.indexOf(":") + 1)] : [objectType, ""];
  const key = `objects.${kind}`;
  const label = /^[a-z_]+$/.test(kind) && t.has(key) ? t(key) : kind;
  return rest ? `${label} · ${rest}` : label;
}

export function formatAuditTime(date: Date): string {
  // sv-SE gives the sortable "2026-11-24 14:05:03".
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Almaty",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
  }).format(date);
}
