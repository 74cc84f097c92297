import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { TMemberRow } from "@/lib/server/users/to-member-row";

const TONES = { ACTIVE: "success", SUSPENDED: "warning", PENDING: "info", BLOCKED: "danger" } as const;

export async function StatusBadge({ status }: { status: TMemberRow["status"] }) {
  const t = await getTranslations("users.statuses");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}

export async function RoleBadge({ role }: { role: TMemberRow["role"] }) {
  const t = await getTranslations("users.roles");
  return <Badge tone={role === "OWNER" ? "info" : "neutral"}>{t(role)}</Badge>;
}

// The grants as words: "All rights" for the owner, the member's list otherwise.
export async function GrantsList({ member }: { member: Pick<TMemberRow, "role" | "permissions"> }) {
  const t = await getTranslations("users");
  if (member.role === "OWNER") return <span>{t("allGrants")}</span>;
  if (!member.permissions.length) return <span className="text-slate-500">{t("noGrants")}</span>;
  return (
    <ul className="space-y-0.5">
      {member.permissions.map((p) => (
        <li key={p} className="whitespace-nowrap">
          {t(`permissions.${p}`)}
        </li>
      ))}
    </ul>
  );
}
