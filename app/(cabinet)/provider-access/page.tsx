import { getLocale, getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { listProviderAccess } from "@/lib/server/staff/list-provider-access";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { AccessDecision, ConsentSwitch } from "@/components/staff/provider-access-controls";
import { formatAlmatyDateTime } from "@/lib/intl-cache";
import { clock } from "@/lib/clock";

export async function generateMetadata() {
  const t = await getTranslations("staff.providerAccess");
  return { title: t("title") };
}

// The owner's control over the provider's access to the cabinet (the agreement's 7.2):
// require consent, answer support's requests, and see every "view as" session with the
// purpose the staff member stated.
export default async function ProviderAccessPage() {
  const { caller } = await requireCaller("account.manage");
  const t = await getTranslations("staff.providerAccess");
  const locale = await getLocale();
  const { isConsentRequired, requests, sessions } = await listProviderAccess(caller);
  const now = clock.now();
  const tone = (s: string) => (s === "APPROVED" ? "success" : s === "DECLINED" ? "danger" : "warning");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          <ConsentSwitch accountId={caller.accountId} isRequired={isConsentRequired} />
          <p className="mt-2 text-sm text-slate-600">{isConsentRequired ? t("consentOn") : t("consentOff")}</p>
        </Card>
        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("requests")}</h2>
          {requests.length === 0 ? (
            <EmptyState title={t("noRequests")} />
          ) : (
            <ul className="space-y-3" data-testid="access-requests">
              {requests.map((r) => {
                const isOpen = !!r.windowEnd && r.windowEnd > now;
                return (
                  <li key={r.id}>
                    <Card>
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge tone={tone(r.status)}>{t(`status.${r.status}`)}</Badge>
                        <span className="text-sm text-slate-600">{formatAlmatyDateTime(r.createdAt, locale)}</span>
                        <span className="text-sm font-medium">{r.staffName}</span>
                      </div>
                      <p className="mt-2 text-sm text-slate-800">{t("reason", { reason: r.reason })}</p>
                      {r.status === "APPROVED" && r.windowStart && r.windowEnd && (
                        <p className="mt-1 text-sm text-slate-600">
                          {t("window", { from: formatAlmatyDateTime(r.windowStart, locale), to: formatAlmatyDateTime(r.windowEnd, locale) })}
                        </p>
                      )}
                      <div className="mt-3">
                        <AccessDecision accountId={caller.accountId} requestId={r.id} status={r.status} isOpen={isOpen} />
                      </div>
                    </Card>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <section>
          <h2 className="mb-3 text-lg font-semibold">{t("sessions")}</h2>
          {sessions.length === 0 ? (
            <EmptyState title={t("noSessions")} />
          ) : (
            <Card>
              <Table>
                <thead>
                  <tr>
                    <Th>{t("columns.started")}</Th>
                    <Th>{t("columns.staff")}</Th>
                    <Th>{t("columns.viewedAs")}</Th>
                    <Th>{t("columns.ended")}</Th>
                    <Th>{t("columns.purpose")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {sessions.map((s) => {
                    const end = s.endedAt ?? (s.expiresAt < now ? s.expiresAt : null);
                    return (
                      <tr key={s.id} data-testid="staff-view">
                        <Td className="whitespace-nowrap">{formatAlmatyDateTime(s.startedAt, locale)}</Td>
                        <Td>{s.staff.name}</Td>
                        <Td>{s.targetUser.name}</Td>
                        <Td className="whitespace-nowrap">{end ? formatAlmatyDateTime(end, locale) : t("ongoing")}</Td>
                        <Td className="min-w-48 break-words" data-testid="staff-view-purpose">
                          {s.reason ?? <span className="text-slate-500">{t("noPurpose")}</span>}
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </Card>
          )}
        </section>
      </div>
    </>
  );
}
