import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { AgreementForm } from "@/components/staff/agreement-form";
import { toAlmatyInput } from "@/components/staff/format";
import { formatAlmatyDate } from "@/lib/intl-cache";
import { cn } from "@/components/ui/cn";
import { clock } from "@/lib/clock";

// Suggests the next version number: 2.0 → 3.0, 1.4 → 1.5.
function nextVersion(current: string | undefined): string {
  if (!current) return "1.0";
  const major = Number(current.split(".")[0]);
  return Number.isFinite(major) ? `${major + 1}.0` : `${current}-new`;
}

export default async function StaffAgreementsPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await requireStaff("ADMIN");
  const { kind: kindParam } = await searchParams;
  const kind = kindParam === "OFFER" ? "OFFER" : "AGREEMENT";
  const t = await getTranslations("staff.agreements");
  const locale = await getLocale();
  const now = clock.now();
  const versions = await db.agreementVersion.findMany({
    where: { kind },
    orderBy: { effectiveAt: "desc" },
    include: { _count: { select: { acceptances: true } } },
  });
  const inForce = versions.find((v) => v.effectiveAt <= now);
  const base = versions[0];
  const tomorrow = toAlmatyInput(new Date(now.getTime() + 24 * 3600_000)).slice(0, 10);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav className="mb-4 flex gap-2 text-sm">
        {(["AGREEMENT", "OFFER"] as const).map((k) => (
          <Link key={k} href={`/staff/agreements?kind=${k}`} className={cn("rounded-md px-3 py-1.5", k === kind ? "bg-brand-600 text-white" : "bg-white ring-1 ring-slate-300")}>
            {t(`kinds.${k}`)}
          </Link>
        ))}
      </nav>
      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("versions")}</h2>
          <Table>
            <thead>
              <tr>
                <Th>{t("columns.version")}</Th>
                <Th>{t("columns.effective")}</Th>
                <Th>{t("columns.published")}</Th>
                <Th>{t("columns.acceptances")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="agreement-versions">
              {versions.map((v) => (
                <tr key={v.id}>
                  <Td className="font-mono">
                    {v.version}{" "}
                    {v.id === inForce?.id ? <Badge tone="success">{t("inForce")}</Badge> : v.effectiveAt > now ? <Badge tone="info">{t("scheduled")}</Badge> : null}
                  </Td>
                  <Td>{formatAlmatyDate(v.effectiveAt, locale)}</Td>
                  <Td>{formatAlmatyDate(v.publishedAt, locale)}</Td>
                  <Td>{v._count.acceptances}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("publish")}</h2>
          <AgreementForm
            key={kind}
            defaults={{
              kind,
              version: nextVersion(base?.version),
              effectiveDate: tomorrow,
              titleRu: base?.titleRu ?? "",
              titleKk: base?.titleKk ?? "",
              titleEn: base?.titleEn ?? "",
              bodyRu: base?.bodyRu ?? "",
              bodyKk: base?.bodyKk ?? "",
              bodyEn: base?.bodyEn ?? "",
            }}
          />
        </Card>
      </div>
    </>
  );
}
