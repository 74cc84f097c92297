import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { listMaintenance } from "@/lib/server/maintenance/list-maintenance";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { EndMaintenanceButton, MaintenanceForm } from "@/components/staff/maintenance-form";
import { toAlmatyInput } from "@/components/staff/format";
import { formatAlmatyDateTime } from "@/lib/intl-cache";
import { clock } from "@/lib/clock";

export default async function StaffMaintenancePage() {
  const auth = await requireStaff("ADMIN");
  const t = await getTranslations("staff.maintenance");
  const [ru, kk, en] = await Promise.all(["ru", "kk", "en"].map((locale) => getTranslations({ locale, namespace: "staff.maintenance" })));
  const locale = await getLocale();
  const windows = await listMaintenance(auth.actor);
  const now = clock.now();
  const start = new Date(Math.ceil((now.getTime() + 24 * 3600_000) / 3600_000) * 3600_000);
  const defaults = {
    startsAt: toAlmatyInput(start),
    endsAt: toAlmatyInput(new Date(start.getTime() + 2 * 3600_000)),
    titleRu: ru("defaultTitle"),
    titleKk: kk("defaultTitle"),
    titleEn: en("defaultTitle"),
    bodyRu: ru("defaultBody"),
    bodyKk: kk("defaultBody"),
    bodyEn: en("defaultBody"),
  };
  const state = (w: { startsAt: Date; endsAt: Date }) => (w.endsAt <= now ? "past" : w.startsAt <= now ? "active" : "planned");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          <MaintenanceForm defaults={defaults} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("list")}</h2>
          <Table>
            <thead>
              <tr>
                <Th>{t("columns.window")}</Th>
                <Th>{t("columns.title")}</Th>
                <Th>{t("columns.audience")}</Th>
                <Th>{t("columns.state")}</Th>
                <Th />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="maintenance-list">
              {windows.map((w) => {
                const s = state(w);
                const n = w.notice;
                return (
                  <tr key={w.id}>
                    <Td className="whitespace-nowrap">
                      {formatAlmatyDateTime(w.startsAt, locale)} — {formatAlmatyDateTime(w.endsAt, locale)}
                    </Td>
                    <Td>{n ? (locale === "kk" ? n.titleKk : locale === "en" ? n.titleEn : n.titleRu) : "—"}</Td>
                    <Td>
                      {t(`audiences.${n?.audience === "ACCOUNT" ? "ACCOUNT" : "ALL"}`)}
                      {n?.account && ` · ${n.account.number}`}
                    </Td>
                    <Td>
                      <Badge tone={s === "active" ? "warning" : s === "planned" ? "info" : "neutral"}>{t(`states.${s}`)}</Badge>
                    </Td>
                    <Td>{s !== "past" && <EndMaintenanceButton windowId={w.id} isFuture={s === "planned"} />}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </Card>
      </div>
    </>
  );
}
