import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/card";

// While an account's services are suspended the cabinet stays fully readable (clause
// 4.1.1) and says why on every page.
export async function AccountStatusBanner({ account }: { account: { status: string; statusReason: string | null } | undefined }) {
  if (account?.status !== "SUSPENDED") return null;
  const t = await getTranslations("staff.accountBanner");
  return (
    <div className="mb-6" data-testid="account-suspended-banner">
      <Alert tone="warning" title={t("suspendedTitle")}>
        <p>{t("suspendedText")}</p>
        {account.statusReason && <p className="mt-1">{t("reason", { reason: account.statusReason })}</p>}
      </Alert>
    </div>
  );
}
