import { getLocale, getTranslations } from "next-intl/server";
import { getCabinet } from "@/lib/auth/cabinet";
import { READABLE_ACCOUNT_STATUSES } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import type { TLocale } from "@/lib/money";
import { parseUsageQuery } from "@/lib/schemas/statistics";
import { recordCallerAction, recordDenied } from "@/lib/server/audit/record-denied";
import { getUsage } from "@/lib/server/statistics/get-usage";
import { usageCsv } from "@/lib/server/statistics/usage-csv";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

// The statistics table as CSV, through the same scoped data function as the page. The
// account is the one on screen (the link names it): another account's id is answered as
// if it did not exist, a member without statistics.read gets 403; both are logged.
export async function GET(request: Request) {
  const cabinet = await getCabinet();
  if (!cabinet) return text(401, "Unauthorized");
  const { caller, current } = cabinet;
  if (!caller || !current || !READABLE_ACCOUNT_STATUSES.includes(current.account.status)) return text(404, "Not found");

  const params = new URL(request.url).searchParams;
  const accountId = params.get("accountId");
  if (accountId && accountId !== caller.accountId) {
    await recordDenied(caller, "export:statistics", { requestedAccountId: accountId.slice(0, 64) });
    return text(404, "Not found");
  }
  if (!can(caller, "statistics.read")) {
    await recordDenied(caller, "export:statistics.read");
    return text(403, "Forbidden");
  }
  const parsed = parseUsageQuery(params);
  if (!parsed.ok) return text(400, "Bad request");

  const locale = (await getLocale()) as TLocale;
  const t = await getTranslations("statistics");
  const report = await getUsage(caller, parsed.query, locale);
  const csv = usageCsv(report, {
    header: [t("csv.period"), t("csv.start"), t("csv.end"), t("csv.code"), t("csv.service"), t("csv.unit"), t("csv.volume")],
    unit: (unit) => t(`units.${unit}` as never),
  });
  await recordCallerAction(caller, {
    action: "statistics.export",
    objectType: "UsageReport",
    details: { ...parsed.query },
  });
  const { from, to, granularity } = parsed.query;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="usage-${current.account.number}-${from}-${to}-${granularity}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
