import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { getAlertSettings } from "@/lib/server/alerts/get-alert-settings";
import { AlertSettingsForm } from "@/components/alerts/alert-settings-form";
import { Alert, Card, PageHeader } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("alerts");
  return { title: t("title") };
}

// The signed-in person's own alerts in the chosen account: any member has a page, with
// only the alerts their grants allow (a threshold only for a prepaid account and the
// finance grant). The action checks the same rules.
export default async function AlertsPage() {
  const { cabinet, caller } = await requireCaller();
  const [t, settings] = await Promise.all([getTranslations("alerts"), getAlertSettings(caller)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {cabinet.auth.impersonation && (
        <div className="mb-6">
          <Alert tone="warning">{t("readOnly")}</Alert>
        </div>
      )}
      <Card>
        <h2 className="font-semibold">{t("account", { number: settings.accountNumber })}</h2>
        <div className="mt-4">
          {settings.rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("nothing")}</p>
          ) : (
            <AlertSettingsForm
              accountId={settings.accountId}
              rows={settings.rows}
              threshold={settings.thresholdTiyn === null ? null : (settings.thresholdTiyn / 100).toFixed(2).replace(".", ",")}
            />
          )}
          {settings.isOwner && <p className="mt-4 text-xs text-slate-500">{t("ownerAlways")}</p>}
        </div>
      </Card>
    </>
  );
}
