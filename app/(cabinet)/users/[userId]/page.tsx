import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { recordDenied } from "@/lib/server/audit/record-denied";
import { getMember } from "@/lib/server/users/get-member";
import { formatAlmatyDateTime } from "@/lib/intl-cache";
import { Alert, Card, PageHeader } from "@/components/ui/card";
import { GrantsForm } from "../_components/grants-form";
import { MemberAccess } from "../_components/member-access";
import { TransferForm } from "../_components/transfer-form";
import { GrantsList, RoleBadge, StatusBadge } from "../_components/member-badges";

const INVITED = ["newPerson", "existing", "mailFailed"] as const;

export default async function MemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ userId: string }>;
  searchParams: Promise<{ invited?: string }>;
}) {
  const { caller } = await requireCaller("users.manage");
  const [{ userId }, { invited }] = await Promise.all([params, searchParams]);
  const member = await getMember(caller, userId);
  if (!member) {
    // Someone else's user id: a probe, logged like a refused action.
    await recordDenied(caller, "page:users.member", { userId });
    notFound();
  }
  const [t, locale] = await Promise.all([getTranslations("users"), getLocale()]);
  const isSelf = member.userId === caller.userId;
  const isOwner = member.role === "OWNER";
  const invitedNotice = INVITED.find((k) => k === invited);
  const dash = <span className="text-slate-500">—</span>;

  return (
    <>
      <Link href="/users" className="text-sm text-brand-700 hover:underline">
        ← {t("member.back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={member.name} description={member.email} />
      </div>
      {invitedNotice && (
        <div className="mb-4">
          <Alert tone={invitedNotice === "mailFailed" ? "warning" : "success"}>{t(`invited.${invitedNotice}`, { email: member.email })}</Alert>
        </div>
      )}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card>
            <h2 className="mb-3 font-semibold">{t("member.grantsTitle")}</h2>
            {isOwner || isSelf ? (
              <div className="space-y-2 text-sm">
                <GrantsList member={member} />
                <p className="text-slate-600">{isSelf ? t("member.selfNote") : t("member.ownerNote")}</p>
              </div>
            ) : (
              <GrantsForm accountId={caller.accountId} userId={member.userId} permissions={member.permissions} />
            )}
          </Card>
          {!isSelf && !isOwner && (
            <Card>
              <h2 className="font-semibold">{t("member.transferTitle")}</h2>
              {member.status === "ACTIVE" ? (
                <>
                  <p className="mb-4 mt-1 text-sm text-slate-600">{t("member.transferText", { name: member.name })}</p>
                  <TransferForm accountId={caller.accountId} userId={member.userId} name={member.name} />
                </>
              ) : (
                <p className="mt-1 text-sm text-slate-600">{t("member.transferUnavailable")}</p>
              )}
            </Card>
          )}
        </div>
        <div className="space-y-4">
          <Card>
            <h2 className="mb-3 font-semibold">{t("member.details")}</h2>
            <div className="mb-2 flex flex-wrap gap-2">
              <RoleBadge role={member.role} />
              <span data-testid="member-status">
                <StatusBadge status={member.status} />
              </span>
            </div>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-slate-500">{t("member.phone")}</dt>
                <dd>{member.phone || dash}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("member.addedAt")}</dt>
                <dd>{formatAlmatyDateTime(member.addedAt, locale)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("member.lastLogin")}</dt>
                <dd>{member.lastLoginAt ? formatAlmatyDateTime(member.lastLoginAt, locale) : t("never")}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("columns.totp")}</dt>
                <dd>{member.hasTotp ? t("totpOn") : t("totpOff")}</dd>
              </div>
            </dl>
          </Card>
          {!isSelf && (
            <MemberAccess
              accountId={caller.accountId}
              userId={member.userId}
              name={member.name}
              status={member.status}
              isSuspended={member.isSuspended}
            />
          )}
        </div>
      </div>
    </>
  );
}
