import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { getRequest } from "@/lib/server/requests/get-request";
import { isOpen } from "@/lib/server/requests/request-rules";
import { Alert, Card, PageHeader } from "@/components/ui/card";
import { RequestStatusBadge } from "@/components/requests/status-badge";
import { DueDate } from "@/components/requests/due-date";
import { RequestThread } from "@/components/requests/thread";
import { ReplyForm } from "@/components/requests/reply-form";
import { CloseRequestButton } from "@/components/requests/close-request-button";
import { ServiceChangeSummary } from "@/components/requests/service-change-summary";

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { caller } = await requireCaller("requests.manage");
  const { id } = await params;
  const request = await getRequest(caller, id);
  if (!request) notFound();
  const t = await getTranslations("requests");
  const format = await getFormatter();
  return (
    <>
      <PageHeader
        title={`${request.number} · ${request.subject}`}
        description={`${t(`topic.${request.topic}` as never)} · ${format.dateTime(request.createdAt, { dateStyle: "long", timeStyle: "short" })}`}
        actions={isOpen(request.status) ? <CloseRequestButton accountId={caller.accountId} requestId={request.id} /> : undefined}
      />
      <div className="space-y-6">
        <Card>
          <dl className="grid gap-4 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-500">{t("columns.status")}</dt>
              <dd className="mt-1">
                <RequestStatusBadge status={request.status} />
              </dd>
            </div>
            {request.topic === "CLAIM" && (
              <div className="sm:col-span-2">
                <dt className="text-slate-500">{t("columns.due")}</dt>
                <dd className="mt-1">
                  <DueDate dueAt={request.dueAt} status={request.status} />
                </dd>
              </div>
            )}
          </dl>
        </Card>
        {request.serviceChanges.map((change) => (
          <ServiceChangeSummary key={change.id} change={change} />
        ))}
        <section aria-labelledby="thread-title" className="space-y-3">
          <h2 id="thread-title" className="text-lg font-semibold">
            {t("thread.title")}
          </h2>
          <RequestThread messages={request.messages} viewer="customer" />
        </section>
        {isOpen(request.status) ? (
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("reply.title")}</h2>
            <ReplyForm accountId={caller.accountId} requestId={request.id} />
          </Card>
        ) : (
          <Alert tone="neutral">{t("thread.closedNote")}</Alert>
        )}
      </div>
    </>
  );
}
