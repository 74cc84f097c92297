import { getTranslations } from "next-intl/server";
import type { listProfileChanges } from "@/lib/server/auth/list-profile-changes";
import { formatDateTime } from "@/lib/server/auth/format-date-time";
import { Table, Td, Th } from "@/components/ui/table";
import { displayIp } from "@/lib/display-ip";

type TRow = Awaited<ReturnType<typeof listProfileChanges>>[number];
const FIELDS = ["name", "phone", "email", "password", "login"] as const;

export async function ProfileHistory({ rows, locale }: { rows: TRow[]; locale: string }) {
  const t = await getTranslations("profile.history");
  if (!rows.length) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  const fieldName = (field: string) => ((FIELDS as readonly string[]).includes(field) ? t(`fields.${field as (typeof FIELDS)[number]}`) : field);
  // A password is never shown, not even its hash: only that it changed.
  const value = (row: TRow, v: string | null) => (row.field === "password" ? t("hidden") : (v ?? "—"));
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t("when")}</Th>
          <Th>{t("field")}</Th>
          <Th>{t("old")}</Th>
          <Th>{t("new")}</Th>
          <Th>{t("by")}</Th>
          <Th>{t("ip")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="profile-history">
        {rows.map((row) => (
          <tr key={row.id} data-field={row.field}>
            <Td className="whitespace-nowrap">{formatDateTime(row.createdAt, locale)}</Td>
            <Td>{fieldName(row.field)}</Td>
            <Td className="break-all text-slate-500">{value(row, row.oldValue)}</Td>
            <Td className="break-all">{value(row, row.newValue)}</Td>
            <Td>{row.isSelf ? t("you") : (row.changedBy?.name ?? "—")}</Td>
            <Td className="whitespace-nowrap text-slate-500">{displayIp(row.ip) ?? "—"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
