// Case variants of what was typed, for searches: text is stored as written and the models
// stay portable (no case-insensitive mode, which SQLite lacks), and SQLite's LIKE ignores
// case only for ASCII while PostgreSQL's never does. So "астана", "Астана" and "АСТАНА"
// each find «Астана Логистик» on both databases.
export function caseVariants(q: string): string[] {
  const lower = q.toLowerCase();
  const title = lower.replace(/(^|[\s«"'(-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  return [...new Set([q, lower, q.toUpperCase(), title, lower.charAt(0).toUpperCase() + lower.slice(1)])];
}
