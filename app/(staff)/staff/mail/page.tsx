import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { listMailJobs } from "@/lib/server/staff/list-mail-jobs";
import type { TLocale } from "@/lib/money";
import { Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { RetryMailButton } from "@/components/staff/retry-mail-button";
import { formatAlmatyDateTime } from "@/lib/intl-cache";

export default async function StaffMailPage() {
  const auth = await requireStaff("SUPPORT");
  const t = await getTranslations("staff.outbox");
  const locale = (await getLocale()) as TLocale;
  const { counts, jobs } = await listMailJobs(auth.actor);
  const tiles = [
    { key: "pending", value: counts.pending },
    { key: "retrying", value: counts.retrying },
    { key: "failed", value: counts.failed },
    { key: "sentToday", value: counts.sentToday },
  ] as const;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="mail-counts">
          {tiles.map((tile) => (
            // A <div> (a term and its value), not a Card's <section>: a list of terms holds only these.
            <div key={tile.key} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
              <dt className="text-sm text-slate-600">{t(tile.key)}</dt>
              <dd className="mt-1 text-2xl font-semibold" data-testid={`mail-count-${tile.key}`}>
                {tile.value}
              </dd>
            </div>
          ))}
        </dl>
        <Card>
          {jobs.length === 0 ? (
            <p className="text-sm text-slate-600">{t("empty")}</p>
          ) : (
            <Table>
              <thead>
                <tr>
                  <Th>{t("columns.created")}</Th>
                  <Th>{t("columns.to")}</Th>
                  <Th>{t("columns.template")}</Th>
                  <Th>{t("columns.status")}</Th>
                  <Th>{t("columns.attempts")}</Th>
                  <Th>{t("columns.nextAttempt")}</Th>
                  <Th>{t("columns.error")}</Th>
                  <Th />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="mail-jobs">
                {jobs.map((job) => (
                  <tr key={job.id} data-testid="mail-job">
                    <Td className="whitespace-nowrap">{formatAlmatyDateTime(job.createdAt, locale)}</Td>
                    <Td className="break-all">{job.to}</Td>
                    <Td className="font-mono text-xs">{job.template}</Td>
                    <Td>{t(`status.${job.status as "PENDING" | "FAILED"}`)}</Td>
                    <Td>{job.attempts}</Td>
                    <Td className="whitespace-nowrap">{job.status === "PENDING" ? formatAlmatyDateTime(job.runAt, locale) : "—"}</Td>
                    <Td className="max-w-xs break-words text-xs text-slate-600">{job.lastError ?? "—"}</Td>
                    <Td>{job.status === "FAILED" && <RetryMailButton jobId={job.id} />}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
