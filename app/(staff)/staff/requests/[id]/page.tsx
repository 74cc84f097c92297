import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import type { TRequestStatus } from "@/lib/domain";
import { formatMoney, type TLocale } from "@/lib/money";
import { getStaffRequest } from "@/lib/server/requests/get-staff-request";
import { isOpen } from "@/lib/server/requests/request-rules";
import { Alert, Card, PageHeader } from "@/components/ui/card";
import { RequestStatusBadge } from "@/components/requests/status-badge";
import { DueDate } from "@/components/requests/due-date";
import { RequestThread } from "@/components/requests/thread";
import { ServiceChangeSummary } from "@/components/requests/service-change-summary";
import { TakeRequestButton } from "@/components/requests/take-request-button";
import { StatusForm } from "@/components/requests/status-form";
import { AnswerForm } from "@/components/requests/answer-form";
import { DecideChangeForm } from "@/components/requests/decide-change-form";

export default async function StaffRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const auth = await requireStaff("SUPPORT");
  const { id } = await params;
  const request = await getStaffRequest({ actorId: auth.actor.id, staffRole: auth.actor.staffRole }, id);
  if (!request) notFound();
  const t = await getTranslations("requests");
  const format = await getFormatter();
  const locale = (await getLocale()) as TLocale;
  const canAct = !auth.impersonation;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/staff/requests" className="text-brand-700 underline">
          ← {t("staff.title")}
        </Link>
      </p>
      <PageHeader
        title={`${request.number} · ${request.subject}`}
        description={`${t(`topic.${request.topic}` as never)} · ${request.createdBy.name} · ${format.dateTime(request.createdAt, { dateStyle: "long", timeStyle: "short" })}`}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {request.serviceChanges.map((change) => (
            <ServiceChangeSummary key={change.id} change={change}>
              {change.status === "PENDING" && canAct && <DecideChangeForm changeId={change.id} />}
            </ServiceChangeSummary>
          ))}
          <RequestThread messages={request.messages} viewer="staff" />
          {isOpen(request.status) ? (
            canAct && (
              <Card>
                <h2 className="mb-3 text-lg font-semibold">{t("staff.answer")}</h2>
                <AnswerForm requestId={request.id} />
              </Card>
            )
          ) : (
            <Alert tone="neutral">{t("thread.closedNote")}</Alert>
          )}
        </div>
        <aside className="space-y-4">
          <Card>
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-slate-500">{t("columns.status")}</dt>
                <dd className="mt-1">
                  <RequestStatusBadge status={request.status} viewer="staff" />
                </dd>
              </div>
              {request.topic === "CLAIM" && (
                <div>
                  <dt className="text-slate-500">{t("columns.due")}</dt>
                  <dd className="mt-1">
                    <DueDate dueAt={request.dueAt} status={request.status} />
                  </dd>
                </div>
              )}
              <div>
                <dt className="text-slate-500">{t("columns.account")}</dt>
                <dd className="mt-1" data-testid="request-account">
                  {request.account.number} · {request.account.subscriber.name}
                  <span className="block text-xs text-slate-500">
                    {t("staff.accountTerms", {
                      billing: t(`staff.billing.${request.account.billingMethod}` as never),
                      credit: formatMoney(request.account.creditLimit, locale),
                      status: t(`staff.accountStatus.${request.account.status}` as never),
                    })}
                  </span>
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("columns.assignee")}</dt>
                <dd className="mt-1" data-testid="request-assignee">
                  {request.assignee?.name ?? t("staff.unassigned")}
                </dd>
              </div>
            </dl>
            {canAct && request.assigneeId !== auth.actor.id && isOpen(request.status) && (
              <div className="mt-4">
                <TakeRequestButton requestId={request.id} />
              </div>
            )}
          </Card>
          {canAct && request.status !== "CLOSED" && (
            <Card>
              <StatusForm requestId={request.id} status={request.status as TRequestStatus} />
            </Card>
          )}
        </aside>
      </div>
    </>
  );
}
