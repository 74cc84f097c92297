import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCabinet } from "@/lib/auth/cabinet";
import { getRequestMeta } from "@/lib/request-meta";
import { getPendingAgreement } from "@/lib/server/agreements/get-pending-agreement";
import { recordImpersonationView } from "@/lib/server/staff/record-impersonation-view";
import { CabinetShell } from "@/components/layout/cabinet-shell";
import { CabinetBareFrame } from "@/components/staff/cabinet-bare-frame";
import { AccountStatusBanner } from "@/components/staff/account-status-banner";
import { PendingAccessBanner } from "@/components/staff/pending-access-banner";
import { ImpersonationViewTracker } from "@/components/staff/impersonation-view-tracker";
import { ReadOnlyProvider } from "@/components/layout/read-only-context";

// Screens shown before everything else, without the menu.
const BARE_PATHS = ["/agreement-update", "/account-closed"];

// Every customer screen: a valid session or the login page. The pages check their grants.
// Here, too: a staff member's "view as" is recorded page by page; a customer who has not
// yet seen the agreement's new version is shown it first (never a staff member viewing).
export default async function CabinetLayout({ children }: { children: React.ReactNode }) {
  const cabinet = await getCabinet();
  if (!cabinet) redirect("/login");
  const { auth } = cabinet;
  const requestHeaders = await headers();
  // proxy.ts forwards the path; it skips prefetches, which are not views.
  const forwardedPath = requestHeaders.get("x-pathname");
  const path = forwardedPath ?? "/dashboard";
  const isBare = BARE_PATHS.includes(path);

  if (auth.impersonation) {
    if (forwardedPath && !requestHeaders.has("next-router-prefetch")) await recordImpersonationView(auth, path, await getRequestMeta());
  } else if (!isBare && (await getPendingAgreement(auth))) {
    redirect(`/agreement-update?next=${encodeURIComponent(path)}`);
  }

  const tracker = auth.impersonation ? <ImpersonationViewTracker /> : null;
  // A staff member's view is read-only: every control that would change something is
  // disabled, with this reason on screen (components/layout/read-only-context.tsx).
  const readOnlyReason = auth.impersonation ? (await getTranslations("staff.impersonation"))("readOnly") : null;
  if (isBare) {
    return (
      <ReadOnlyProvider reason={readOnlyReason}>
        <CabinetBareFrame auth={auth}>
          {tracker}
          {children}
        </CabinetBareFrame>
      </ReadOnlyProvider>
    );
  }
  return (
    <ReadOnlyProvider reason={readOnlyReason}>
      <CabinetShell cabinet={cabinet}>
        {tracker}
        <AccountStatusBanner account={cabinet.current?.account} />
        <PendingAccessBanner cabinet={cabinet} />
        {children}
      </CabinetShell>
    </ReadOnlyProvider>
  );
}
