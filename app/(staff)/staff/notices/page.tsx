import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { listNotices } from "@/lib/server/staff/list-notices";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { NoticeForm } from "@/components/staff/notice-form";
import { formatAlmatyDateTime } from "@/lib/intl-cache";
import { clock } from "@/lib/clock";

const pick = (o: { nameRu: string; nameKk: string; nameEn: string }, l: string) => (l === "kk" ? o.nameKk : l === "en" ? o.nameEn : o.nameRu);

export default async function StaffNoticesPage() {
  const auth = await requireStaff("ADMIN");
  const t = await getTranslations("staff.notices");
  const locale = await getLocale();
  const [notices, services] = await Promise.all([
    listNotices(auth.actor),
    db.service.findMany({ where: { isActive: true }, orderBy: { position: "asc" }, select: { id: true, nameRu: true, nameKk: true, nameEn: true } }),
  ]);
  const now = clock.now();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          <NoticeForm services={services.map((s) => ({ id: s.id, name: pick(s, locale) }))} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("list")}</h2>
          <Table>
            <thead>
              <tr>
                <Th>{t("columns.publishAt")}</Th>
                <Th>{t("columns.title")}</Th>
                <Th>{t("columns.audience")}</Th>
                <Th>{t("columns.severity")}</Th>
                <Th>{t("columns.reads")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="notices-list">
              {notices.map((n) => (
                <tr key={n.id}>
                  <Td className="whitespace-nowrap">
                    {formatAlmatyDateTime(n.publishAt, locale)}
                    {n.publishAt > now && (
                      <span className="ml-1">
                        <Badge tone="info">{t("scheduled")}</Badge>
                      </span>
                    )}
                  </Td>
                  <Td>{locale === "kk" ? n.titleKk : locale === "en" ? n.titleEn : n.titleRu}</Td>
                  <Td>
                    {t(`audiences.${n.audience}`)}
                    {n.account && ` · ${n.account.number}`}
                    {n.service && ` · ${pick(n.service, locale)}`}
                  </Td>
                  <Td>
                    <Badge tone={n.severity === "CRITICAL" ? "danger" : n.severity === "WARNING" ? "warning" : "info"}>{t(`severities.${n.severity}`)}</Badge>
                  </Td>
                  <Td>{n._count.reads}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
    </>
  );
}
