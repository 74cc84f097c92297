import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("common.forbidden");
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center" data-testid="forbidden">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("text")}</p>
    </div>
  );
}
