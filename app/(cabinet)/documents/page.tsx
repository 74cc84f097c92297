import { getTranslations } from "next-intl/server";
import { requireCaller } from "@/lib/auth/guards";
import { ZDocumentFilter } from "@/lib/schemas/documents";
import { listDocuments } from "@/lib/server/documents/list-documents";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { DocumentsFilter } from "./_components/documents-filter";
import { DocumentsTable } from "./_components/documents-table";

export async function generateMetadata() {
  return { title: (await getTranslations("documents"))("title") };
}

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { caller } = await requireCaller("documents.read");
  const t = await getTranslations("documents");
  const filter = ZDocumentFilter.parse(await searchParams);
  const list = await listDocuments(caller, filter);
  const isFiltered = !!(filter.kind || filter.status || filter.from || filter.to);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <DocumentsFilter filter={filter} />
        <p className="mb-2 text-sm text-slate-500" data-testid="documents-count">
          {t("count", { count: list.total })}
        </p>
        {list.rows.length === 0 ? (
          <EmptyState title={t("empty")} text={isFiltered || filter.page > 1 ? t("emptyFiltered") : t("emptyText")} />
        ) : (
          <DocumentsTable rows={list.rows} />
        )}
        <Pagination
          page={filter.page}
          total={list.total}
          pageSize={list.pageSize}
          basePath="/documents"
          query={{ kind: filter.kind, status: filter.status, from: filter.from, to: filter.to }}
        />
      </Card>
    </>
  );
}
