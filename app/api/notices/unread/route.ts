import { getCabinet } from "@/lib/auth/cabinet";
import { READABLE_ACCOUNT_STATUSES } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { recordDenied } from "@/lib/server/audit/record-denied";
import { countUnreadNotices } from "@/lib/server/notices/count-unread-notices";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

// The menu's unread count, for the badge to follow new notices without a page load
// (components/layout/use-unread-notices.ts). The account is the one the shell shows; a
// member without notices.read has no badge to refresh, and is refused and logged.
export async function GET() {
  const cabinet = await getCabinet();
  if (!cabinet) return json(401, { error: "Unauthorized" });
  const { caller, current } = cabinet;
  if (!caller || !current || !READABLE_ACCOUNT_STATUSES.includes(current.account.status)) return json(404, { error: "Not found" });
  if (!can(caller, "notices.read")) {
    await recordDenied(caller, "notices.unread");
    return json(403, { error: "Forbidden" });
  }
  return json(200, { accountId: caller.accountId, unread: await countUnreadNotices(caller) });
}
