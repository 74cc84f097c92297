import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "./button-class";

// Server-side pagination by links: the page lives in the URL (?page=), with the list's other
// filters kept. Renders nothing for a single page.
export async function Pagination({
  page,
  total,
  pageSize,
  basePath,
  query,
}: {
  page: number;
  total: number;
  pageSize: number;
  basePath: string;
  query: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  const t = await getTranslations("common.pagination");
  const href = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  const current = Math.min(page, pages);
  return (
    <nav aria-label={t("page", { page: current, total: pages })} className="mt-4 flex items-center justify-between gap-2" data-testid="pagination">
      {current > 1 ? (
        <Link href={href(current - 1)} className={buttonClass("secondary")} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{t("page", { page: current, total: pages })}</span>
      {current < pages ? (
        <Link href={href(current + 1)} className={buttonClass("secondary")} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
