import { getTranslations } from "next-intl/server";
import { isPermission } from "@/lib/auth/permissions";

// A row's details as short "key: value" lines; permission codes read as their names.
export async function AuditDetails({ details }: { details: Record<string, unknown> | null }) {
  if (!details) return null;
  const [t, tu] = await Promise.all([getTranslations("audit.detailKeys"), getTranslations("users.permissions")]);
  const show = (value: unknown): string => {
    if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "—";
    if (typeof value === "string") return isPermission(value) ? tu(value) : value;
    if (value && typeof value === "object") return JSON.stringify(value);
    return String(value);
  };
  const entries = Object.entries(details).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return (
    <dl className="space-y-0.5 text-xs text-slate-600">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt className="inline font-medium">{/^[a-zA-Z]+$/.test(key) && t.has(key as never) ? t(key as never) : key}: </dt>
          <dd className="inline break-words">{show(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
