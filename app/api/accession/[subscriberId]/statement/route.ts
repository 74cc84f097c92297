import { getLocale, getTranslations } from "next-intl/server";
import { getCabinet, type TCaller } from "@/lib/auth/cabinet";
import { parsePermissions } from "@/lib/auth/permissions";
import type { TLocale } from "@/lib/money";
import { renderAccessionStatement, type TStatementT } from "@/lib/pdf/accession-statement";
import { getAccessionStatement } from "@/lib/server/accession/get-accession-statement";
import { recordDenied } from "@/lib/server/audit/record-denied";

// The statement of accession as a PDF, for the owner of the subscriber's cabinet only.
// Each of the person's memberships is tried as the caller of the scoped data function;
// a subscriber that is not theirs gets the same 404 as one that does not exist.
export async function GET(_request: Request, { params }: { params: Promise<{ subscriberId: string }> }) {
  const cabinet = await getCabinet();
  if (!cabinet) return new Response("Unauthorized", { status: 401 });
  const { subscriberId } = await params;
  const { auth } = cabinet;
  const callers: TCaller[] = cabinet.memberships.map((m) => ({
    userId: auth.user.id,
    actorId: auth.actor.id,
    accountId: m.accountId,
    role: m.role as TCaller["role"],
    permissions: parsePermissions(m.permissions),
    impersonationId: auth.impersonation?.id ?? null,
  }));
  for (const caller of callers.filter((c) => c.role === "OWNER")) {
    const statement = await getAccessionStatement(caller, subscriberId);
    if (!statement) continue;
    const locale = (await getLocale()) as TLocale;
    const t = await getTranslations({ locale, namespace: "accession.statement" });
    const pdf = await renderAccessionStatement(statement, locale, t as unknown as TStatementT);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="accession-${statement.accepted.contractNumber}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  }
  await recordDenied(
    { actorId: auth.actor.id, userId: auth.user.id, impersonationId: auth.impersonation?.id ?? null, accountId: null },
    "accession.statement",
    { subscriberId },
  );
  return new Response("Not found", { status: 404 });
}
