"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button-class";

// What app/not-found.tsx, forbidden.tsx and unauthorized.tsx show. Next renders each of
// them on every request, at every level that has a boundary (twice in a cabinet page), and
// sends it in the RSC payload in case a navigation needs it. As client components reading
// the shell's messages ("common", which every page already carries), each costs the
// payload a reference instead of its whole markup and texts, and the server no render.

function BoundaryView({ title, text, testId, children }: { title: string; text: string; testId?: string; children?: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-md px-4 py-16 text-center" data-testid={testId}>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-slate-600">{text}</p>
      {children}
    </div>
  );
}

export function NotFoundView() {
  const t = useTranslations("common.notFound");
  return (
    <BoundaryView title={t("title")} text={t("text")}>
      <Link href="/dashboard" className={buttonClass("primary", "mt-6")}>
        {t("home")}
      </Link>
    </BoundaryView>
  );
}

export function ForbiddenView() {
  const t = useTranslations("common.forbidden");
  return <BoundaryView title={t("title")} text={t("text")} testId="forbidden" />;
}

export function UnauthorizedView() {
  const t = useTranslations("common");
  return (
    <BoundaryView title={t("unauthorized.title")} text={t("unauthorized.text")} testId="unauthorized">
      <a href="/login" className={buttonClass("primary", "mt-6")}>
        {t("actions.login")}
      </a>
    </BoundaryView>
  );
}
