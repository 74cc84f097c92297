import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getAgreementVersion } from "@/lib/server/agreement/get-agreement-version";
import { getCurrentAgreement } from "@/lib/server/agreement/get-current-agreement";
import { listAgreementVersions } from "@/lib/server/agreement/list-agreement-versions";
import { formatDateTime } from "@/lib/server/auth/format-date-time";
import { Alert, Badge, Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { AgreementBody } from "./agreement-body";
import { clock } from "@/lib/clock";

type TLang = "Ru" | "Kk" | "En";
const suffix = (locale: string): TLang => (locale === "kk" ? "Kk" : locale === "en" ? "En" : "Ru");

export async function generateMetadata() {
  const t = await getTranslations("agreement");
  return { title: t("title") };
}

// The user agreement as published by the provider: the version in force by default, any
// earlier (or announced) version by ?version=.
export default async function AgreementPage({ searchParams }: { searchParams: Promise<{ version?: string }> }) {
  const [{ version: asked }, t, locale] = await Promise.all([searchParams, getTranslations("agreement"), getLocale()]);
  const [current, versions] = await Promise.all([getCurrentAgreement("AGREEMENT"), listAgreementVersions("AGREEMENT")]);
  const requested = asked ? await getAgreementVersion(asked.slice(0, 20)) : null;
  const shown = requested ?? current;
  const lang = suffix(locale);
  const now = clock.now();

  if (!shown) {
    return (
      <Card className="w-full max-w-3xl">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="mt-4">
          <Alert tone="info">{t("none")}</Alert>
        </div>
      </Card>
    );
  }
  const isCurrent = shown.id === current?.id;
  const isUpcoming = shown.effectiveAt > now;
  return (
    <div className="w-full max-w-3xl space-y-6">
      <Card>
        <p className="text-sm text-slate-500">{t("title")}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight" data-testid="agreement-title">
          {shown[`title${lang}`]}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span data-testid="agreement-version">{t("version", { version: shown.version })}</span>
          <span aria-hidden>·</span>
          <span>
            {isUpcoming
              ? t("upcoming", { date: formatDateTime(shown.effectiveAt, locale, "date") })
              : t("effective", { date: formatDateTime(shown.effectiveAt, locale, "date") })}
          </span>
          {isCurrent && <Badge tone="success">{t("current")}</Badge>}
        </div>
        {asked && !requested && (
          <div className="mt-4">
            <Alert tone="warning">{t("notFound", { version: asked.slice(0, 20) })}</Alert>
          </div>
        )}
        {!isCurrent && !isUpcoming && (
          <div className="mt-4">
            <Alert tone="warning">
              {t("archived")}{" "}
              <Link href="/agreement" className="underline">
                {t("readCurrent")}
              </Link>
            </Alert>
          </div>
        )}
        <div className="mt-6">
          <AgreementBody body={shown[`body${lang}`]} contentsLabel={t("contents")} />
        </div>
      </Card>
      <Card>
        <h2 className="font-semibold">{t("versions")}</h2>
        <ul className="mt-3 divide-y divide-slate-100" data-testid="agreement-versions">
          {versions.map((v) => (
            <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <Link
                href={v.id === current?.id ? "/agreement" : `/agreement?version=${encodeURIComponent(v.version)}`}
                aria-current={v.id === shown.id ? "page" : undefined}
                className={cn("text-brand-700 hover:underline", v.id === shown.id && "font-semibold")}
              >
                {t("version", { version: v.version })}
              </Link>
              <span className="flex items-center gap-2 text-slate-600">
                {v.effectiveAt > now
                  ? t("upcoming", { date: formatDateTime(v.effectiveAt, locale, "date") })
                  : t("effective", { date: formatDateTime(v.effectiveAt, locale, "date") })}
                {v.id === current?.id && <Badge tone="success">{t("current")}</Badge>}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
