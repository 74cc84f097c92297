import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { TTokenState } from "@/lib/auth/tokens";
import { Alert } from "@/components/ui/card";

// Why a link from a mail does not work, in words that say which: expired, used or unknown.
// The page that shows it adds the way to get a new one.
export async function LinkProblem({ state }: { state: Exclude<TTokenState, "valid"> }) {
  const t = await getTranslations("auth.link");
  return (
    <div className="space-y-3" data-testid={`link-${state}`}>
      <Alert tone={state === "used" ? "info" : "warning"} title={t(`${state}.title`)}>
        {t(`${state}.text`)}
      </Alert>
      <p className="text-sm">
        <Link href="/login" className="text-brand-700 hover:underline">
          {t("toLogin")}
        </Link>
      </p>
    </div>
  );
}
