import { getLocale, getTranslations } from "next-intl/server";
import { requireAuth } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/server/auth/format-date-time";
import { listProfileChanges } from "@/lib/server/auth/list-profile-changes";
import { ChangePasswordForm } from "@/components/forms/change-password-form";
import { EmailChangeForm } from "@/components/forms/email-change-form";
import { ProfileDetailsForm } from "@/components/forms/profile-details-form";
import { Alert, Card, PageHeader } from "@/components/ui/card";
import { ProfileHistory } from "./profile-history";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

// The person's own registration data. Any signed-in person has one, with or without an
// account, so this asks only for a session (trial users included).
export default async function ProfilePage() {
  const auth = await requireAuth();
  const [t, tCommon, locale, history] = await Promise.all([
    getTranslations("profile"),
    getTranslations("common"),
    getLocale(),
    listProfileChanges(auth.user.id),
  ]);
  const user = auth.user;
  const isReadOnly = !!auth.impersonation;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {isReadOnly && (
        <div className="mb-6">
          <Alert tone="warning">{t("readOnly")}</Alert>
        </div>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="font-semibold">{t("account.title")}</h2>
          <dl className="mt-4 space-y-3 text-sm">
            <div>
              <dt className="text-slate-500">{t("account.login")}</dt>
              <dd className="font-medium break-all" data-testid="profile-login">
                {user.login}
              </dd>
              <dd className="text-xs text-slate-500">{t("account.loginNote")}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("account.email")}</dt>
              <dd className="font-medium break-all" data-testid="profile-email">
                {user.email}
              </dd>
            </div>
            {user.activatedAt && (
              <div>
                <dt className="text-slate-500">{t("account.registered")}</dt>
                <dd>{formatDateTime(user.activatedAt, locale)}</dd>
              </div>
            )}
            <div>
              <dt className="text-slate-500">{t("account.language")}</dt>
              <dd>{tCommon(`languages.${user.locale === "kk" || user.locale === "en" ? user.locale : "ru"}`)}</dd>
            </div>
          </dl>
        </Card>
        <Card>
          <h2 className="font-semibold">{t("details.title")}</h2>
          <div className="mt-4">
            <ProfileDetailsForm name={user.name} phone={user.phone} />
          </div>
        </Card>
        <Card>
          <h2 className="font-semibold">{t("email.title")}</h2>
          <p className="mt-1 text-sm text-slate-600 break-all">{t("email.current", { email: user.email })}</p>
          <div className="mt-4">
            <EmailChangeForm />
          </div>
        </Card>
        <Card>
          <h2 className="font-semibold">{t("password.title")}</h2>
          <div className="mt-4">
            <ChangePasswordForm login={user.login ?? user.email} />
          </div>
        </Card>
      </div>
      <Card className="mt-6">
        <h2 className="font-semibold">{t("history.title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("history.description")}</p>
        <div className="mt-4">
          <ProfileHistory rows={history} locale={locale} />
        </div>
      </Card>
    </>
  );
}
