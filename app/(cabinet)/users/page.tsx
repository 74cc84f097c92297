import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { listMembers } from "@/lib/server/users/list-members";
import { formatAlmatyDateTime } from "@/lib/intl-cache";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-class";
import { Table, Td, Th } from "@/components/ui/table";
import { GrantsList, RoleBadge, StatusBadge } from "./_components/member-badges";

export async function generateMetadata() {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const { caller } = await requireCaller("users.manage");
  const [t, locale, members] = await Promise.all([getTranslations("users"), getLocale(), listMembers(caller)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${t("description")} · ${t("count", { count: members.length })}`}
        actions={
          <Link href="/users/new" className={buttonClass()} data-testid="invite-user">
            {t("invite")}
          </Link>
        }
      />
      <Card className="p-0 sm:p-0">
        <Table>
          <thead className="bg-slate-50">
            <tr>
              <Th>{t("columns.name")}</Th>
              <Th>{t("columns.role")}</Th>
              <Th>{t("columns.status")}</Th>
              <Th>{t("columns.grants")}</Th>
              <Th>{t("columns.lastLogin")}</Th>
              <Th>{t("columns.totp")}</Th>
              {/* relative: keeps the visually hidden label inside the table's scroll box at 360 px */}
              <Th className="relative">
                <span className="sr-only">{t("columns.actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.map((m) => (
              <tr key={m.userId} data-testid="member-row" data-email={m.email}>
                <Td>
                  <div className="font-medium">
                    {m.name}
                    {m.userId === caller.userId && <span className="ml-1 text-xs font-normal text-slate-500">({t("you")})</span>}
                  </div>
                  <div className="break-all text-xs text-slate-500">{m.email}</div>
                </Td>
                <Td>
                  <RoleBadge role={m.role} />
                </Td>
                <Td data-testid="member-status">
                  <StatusBadge status={m.status} />
                </Td>
                <Td className="text-xs" data-testid="member-grants">
                  <GrantsList member={m} />
                </Td>
                <Td className="whitespace-nowrap">{m.lastLoginAt ? formatAlmatyDateTime(m.lastLoginAt, locale) : <span className="text-slate-500">{t("never")}</span>}</Td>
                <Td>{m.hasTotp ? t("totpOn") : t("totpOff")}</Td>
                <Td>
                  {m.userId !== caller.userId && (
                    <Link href={`/users/${m.userId}`} className="font-medium text-brand-700 hover:underline" aria-label={`${t("open")}: ${m.name}`}>
                      {t("open")}
                    </Link>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
