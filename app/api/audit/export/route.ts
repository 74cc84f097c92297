import { NextResponse, type NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { getCabinet } from "@/lib/auth/cabinet";
import { READABLE_ACCOUNT_STATUSES } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { recordCallerAction, recordDenied } from "@/lib/server/audit/record-denied";
import { AUDIT_EXPORT_LIMIT, listAudit } from "@/lib/server/audit/list-audit";
import { parseAuditQuery } from "@/lib/server/audit/audit-query";
import { describeAction, describeObjectType, formatAuditTime } from "@/lib/server/audit/describe-audit";
import { toCsv } from "@/lib/csv";
import { displayIp } from "@/lib/display-ip";
import { clock } from "@/lib/clock";

const noStore = { "Cache-Control": "no-store" };

// The audit log as CSV, with the page's filters, through the same scoped data function.
export async function GET(request: NextRequest) {
  const cabinet = await getCabinet();
  if (!cabinet) return new NextResponse("Unauthorized", { status: 401, headers: noStore });
  const { caller, current } = cabinet;
  if (!caller || !current || !READABLE_ACCOUNT_STATUSES.includes(current.account.status)) {
    return new NextResponse("Not found", { status: 404, headers: noStore });
  }
  if (cabinet.mustSetUpTotp) return new NextResponse("Forbidden", { status: 403, headers: noStore });
  if (!can(caller, "audit.read")) {
    await recordDenied(caller, "export:audit.read");
    return new NextResponse("Forbidden", { status: 403, headers: noStore });
  }

  const query = { ...parseAuditQuery(request.nextUrl.searchParams), page: 1 };
  const { rows, total } = await listAudit(caller, query, { pageSize: AUDIT_EXPORT_LIMIT });
  const t = await getTranslations("audit");
  const person = (p: { name: string; email: string } | null) => (p ? `${p.name} <${p.email}>` : "");
  const csv = toCsv([
    [t("csv.time"), t("csv.actor"), t("csv.subject"), t("csv.providerAccess"), t("csv.action"), t("csv.actionCode"), t("csv.object"), t("csv.objectId"), t("csv.outcome"), t("csv.ip"), t("csv.userAgent"), t("csv.details")],
    ...rows.map((r) => [
      formatAuditTime(r.createdAt),
      r.actor ? person(r.actor) : t("system"),
      person(r.subjectUser),
      r.isProviderAccess ? t("yes") : "",
      describeAction(t, r.action),
      r.action,
      r.objectLabel ?? describeObjectType(t, r.objectType),
      r.objectId,
      r.outcome === "DENIED" ? t("outcome.DENIED") : t("outcome.OK"),
      displayIp(r.ip),
      r.userAgent,
      r.details ? JSON.stringify(r.details) : "",
    ]),
  ], { delimiter: ";" });

  await recordCallerAction(caller, {
    action: "audit.export",
    objectType: "audit",
    details: { filters: { ...query, page: undefined }, rows: rows.length, total },
  });

  const day = formatAuditTime(clock.now()).slice(0, 10);
  return new NextResponse(csv, {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${current.account.number}-${day}.csv"`,
    },
  });
}
