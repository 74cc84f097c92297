import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/guards";
import { searchSubscribers } from "@/lib/server/staff/search-subscribers";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button-class";
import { Table, Td, Th } from "@/components/ui/table";
import { accountStatusTone } from "@/components/staff/status-tone";

export default async function StaffSearchPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const auth = await requireStaff("SUPPORT");
  const { q = "" } = await searchParams;
  const t = await getTranslations("staff");
  const results = q.trim().length >= 2 ? await searchSubscribers(auth.actor, q) : null;
  return (
    <>
      <PageHeader
        title={t("search.title")}
        description={t("search.description")}
        actions={
          <Link href="/staff/subscribers/new" className={buttonClass("primary")}>
            {t("nav.register")}
          </Link>
        }
      />
      <Card>
        <form role="search" action="/staff" className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1 space-y-1">
            <label htmlFor="staff-search" className="block text-sm font-medium text-slate-700">
              {t("search.label")}
            </label>
            <input
              id="staff-search"
              name="q"
              type="search"
              defaultValue={q}
              minLength={2}
              placeholder={t("search.placeholder")}
              className="block min-h-10 w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
            />
          </div>
          <button type="submit" className={buttonClass("primary")}>
            {t("search.submit")}
          </button>
        </form>
      </Card>
      {results && (
        <div className="mt-6">
          {results.length === 0 ? (
            <EmptyState title={t("search.empty")} />
          ) : (
            <Card>
              <Table>
                <thead>
                  <tr>
                    <Th>{t("search.columns.name")}</Th>
                    <Th>{t("search.columns.taxId")}</Th>
                    <Th>{t("search.columns.contract")}</Th>
                    <Th>{t("search.columns.accounts")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="search-results">
                  {results.map((s) => (
                    <tr key={s.id}>
                      <Td>
                        <Link href={`/staff/subscribers/${s.id}`} className="font-medium text-brand-700 hover:underline">
                          {s.name}
                        </Link>
                      </Td>
                      <Td className="font-mono">{s.taxId}</Td>
                      <Td className="font-mono">{s.contractNumber}</Td>
                      <Td>
                        <div className="flex flex-wrap gap-1">
                          {s.accounts.map((a) => (
                            <Badge key={a.id} tone={accountStatusTone(a.status)}>
                              {a.number} · {t(`accountStatus.${a.status}`)}
                            </Badge>
                          ))}
                        </div>
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
          )}
        </div>
      )}
    </>
  );
}
