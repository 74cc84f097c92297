import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import type { TCabinet } from "@/lib/auth/cabinet";
import { Alert } from "@/components/ui/card";

// Tells the owner, on every page, that support is waiting for their answer; the request
// is decided on /provider-access (the mail and the notice link there too).
export async function PendingAccessBanner({ cabinet }: { cabinet: TCabinet }) {
  const { caller, auth } = cabinet;
  // Support asks only where the owner requires consent: elsewhere there is nothing to count.
  if (!caller || caller.role !== "OWNER" || auth.impersonation || !cabinet.current?.account.providerAccessConsent) return null;
  const pending = await db.providerAccessRequest.count({ where: { accountId: caller.accountId, status: "PENDING" } });
  if (pending === 0) return null;
  const t = await getTranslations("staff.providerAccess");
  return (
    <div className="mb-6" data-testid="pending-access-banner">
      <Alert tone="info" title={t("pendingTitle")}>
        <Link href="/provider-access" className="font-medium underline">
          {t("pendingLink")}
        </Link>
      </Alert>
    </div>
  );
}
