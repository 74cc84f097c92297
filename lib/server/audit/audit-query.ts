import { z } from "zod";

// The audit log's filters as they travel in the URL (the page and the CSV export read
// the same ones). Dates are days in Asia/Almaty (UTC+5, no daylight saving).

const zDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00+05:00`)))
  .optional()
  .catch(undefined);

export const ZAuditQuery = z.object({
  user: z.string().trim().max(64).optional().catch(undefined),
  action: z.string().trim().max(100).optional().catch(undefined),
  from: zDay,
  to: zDay,
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export function parseAuditQuery(params: Record<string, string | string[] | undefined> | URLSearchParams): TAuditQuery {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first || undefined;
  };
  return ZAuditQuery.parse({ user: get("user"), action: get("action"), from: get("from"), to: get("to"), page: get("page") });
}

// The query string of a filter, for links (pages, export) that keep it.
export function auditQueryString(query: TAuditQuery, overrides: Partial<TAuditQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const key of ["user", "action", "from", "to", "page"] as const) {
    const value = merged[key];
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+05:00`);
}

export function dayEnd(day: string): Date {
  return new Date(dayStart(day).getTime() + 24 * 60 * 60 * 1000);
}
