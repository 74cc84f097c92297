import { getTranslations } from "next-intl/server";
import type { TSubscriberCard } from "@/lib/server/staff/get-subscriber-card";
import { allowedOperations } from "@/lib/server/lifecycle/account-transitions";
import { formatMoney, type TLocale } from "@/lib/money";
import { Alert, Badge, Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { accountStatusTone, userStatusTone } from "./status-tone";
import { formatAlmatyDateTime } from "@/lib/intl-cache";
import { ImpersonateForm } from "./impersonate-form";
import { AccessRequestForm } from "./access-request-form";
import { AccountStatusForm } from "./account-status-form";
import { UserStatusForm } from "./user-status-form";
import { ResendActivationButton } from "./resend-activation-button";
import { clock } from "@/lib/clock";

type TAccount = TSubscriberCard["accounts"][number];

// One account on the subscriber card: its state and balance, its users, "view as", the
// owner's consent when required, and (administrators) the lifecycle.
export async function AccountSection({ account, staff, locale }: { account: TAccount; staff: { id: string; staffRole: string }; locale: TLocale }) {
  const t = await getTranslations("staff.card");
  const isAdmin = staff.staffRole === "ADMIN";
  const now = clock.now();
  const viewable = account.memberships.filter((m) => m.status === "ACTIVE" && m.user.status === "ACTIVE" && !m.user.staffRole);
  const myRequests = account.accessRequests.filter((r) => r.staffId === staff.id);
  const openGrant = myRequests.find((r) => r.status === "APPROVED" && r.windowStart && r.windowEnd && r.windowStart <= now && r.windowEnd > now);
  const pending = myRequests.find((r) => r.status === "PENDING");
  const operations = allowedOperations(account.status);
  return (
    <Card data-testid={`account-${account.number}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-lg font-semibold">{t("account", { number: account.number })}</h3>
        <Badge tone={accountStatusTone(account.status)}>{t(`accountStatus.${account.status}`)}</Badge>
        <Badge>{t(`billing.${account.billingMethod}`)}</Badge>
        {account.providerAccessConsent && <Badge tone="info">{t("consentRequired")}</Badge>}
      </div>
      <p className="mt-2 text-sm text-slate-700">
        {t("balance")}:{" "}
        <span className="font-semibold" data-testid="account-balance">
          {formatMoney(account.balance, locale)}
        </span>
        {account.creditLimit > 0 && <span className="text-slate-500"> · {t("creditLimit", { amount: formatMoney(account.creditLimit, locale) })}</span>}
      </p>
      {account.statusReason && <p className="mt-1 text-sm text-slate-600">{t("statusReason", { reason: account.statusReason })}</p>}
      {account.suspensions.length > 0 && (
        <div className="mt-3 text-sm" data-testid="account-suspensions">
          <h4 className="font-medium text-slate-700">{t("suspensions")}</h4>
          <ul className="mt-1 space-y-0.5 text-slate-600">
            {account.suspensions.map((s) => (
              <li key={s.id}>
                {s.endedAt
                  ? t("suspensionClosed", { from: formatAlmatyDateTime(s.startedAt, locale), to: formatAlmatyDateTime(s.endedAt, locale) })
                  : t("suspensionOpen", { from: formatAlmatyDateTime(s.startedAt, locale) })}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h4 className="mt-4 mb-2 font-medium">{t("users")}</h4>
      <Table>
        <thead>
          <tr>
            <Th>{t("columns.user")}</Th>
            <Th>{t("columns.role")}</Th>
            <Th>{t("columns.status")}</Th>
            <Th>{t("columns.lastLogin")}</Th>
            <Th />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {account.memberships.map((m) => (
            <tr key={m.id} data-testid={`member-${m.user.email}`}>
              <Td>
                <div className="font-medium">{m.user.name}</div>
                <div className="text-xs text-slate-500">
                  {m.user.email}
                  {m.user.login ? ` · ${m.user.login}` : ""}
                </div>
              </Td>
              <Td>{t(`roles.${m.role}`)}</Td>
              <Td>
                <Badge tone={userStatusTone(m.user.status)}>{t(`userStatus.${m.user.status}`)}</Badge>
                {m.user.statusReason && <div className="mt-1 text-xs text-slate-500">{m.user.statusReason}</div>}
              </Td>
              <Td className="whitespace-nowrap">{m.user.lastLoginAt ? formatAlmatyDateTime(m.user.lastLoginAt, locale) : "—"}</Td>
              <Td className="min-w-64">
                {m.user.status === "PENDING" && <ResendActivationButton userId={m.user.id} />}
                {isAdmin && m.user.status !== "PENDING" && !m.user.staffRole && (
                  <UserStatusForm userId={m.user.id} name={m.user.name} isBlocked={m.user.status === "BLOCKED" || m.user.status === "SUSPENDED"} />
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <div className="rounded-lg border border-slate-200 p-4">
          <h4 className="mb-2 font-medium">{t("viewAs")}</h4>
          {account.providerAccessConsent && (
            <div className="mb-3">
              {openGrant?.windowEnd ? (
                <Alert tone="success">{t("grantOpen", { until: formatAlmatyDateTime(openGrant.windowEnd, locale) })}</Alert>
              ) : pending ? (
                <Alert tone="warning">{t("grantPending")}</Alert>
              ) : (
                <Alert tone="info">{t("grantNeeded")}</Alert>
              )}
            </div>
          )}
          {viewable.length > 0 ? (
            <ImpersonateForm accountId={account.id} users={viewable.map((m) => ({ id: m.user.id, label: `${m.user.name} (${t(`roles.${m.role}`)})` }))} />
          ) : (
            <p className="text-sm text-slate-500">{t("noViewableUsers")}</p>
          )}
          {account.providerAccessConsent && !openGrant && !pending && (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <AccessRequestForm accountId={account.id} />
            </div>
          )}
        </div>
        {isAdmin && operations.length > 0 && (
          <div className="rounded-lg border border-slate-200 p-4">
            <h4 className="mb-2 font-medium">{t("lifecycle")}</h4>
            <AccountStatusForm accountId={account.id} accountNumber={account.number} operations={operations} />
          </div>
        )}
      </div>
    </Card>
  );
}
