import "server-only";
import type { TCaller } from "@/lib/auth/cabinet";
import { can } from "@/lib/auth/permissions";
import { getBalance } from "@/lib/server/finance/get-balance";
import { listRecentDocuments } from "@/lib/server/documents/list-recent-documents";
import { getNoticeDigest } from "@/lib/server/notices/get-notice-digest";
import { listConnectedServices } from "./list-connected-services";

// Everything the dashboard shows, each part only when the caller holds its grant (a part
// without the grant is null, and not even queried), in parallel: at most four queries, and
// the notice digest is the one the shell's unread badge already made in this request.
export async function getDashboard(caller: TCaller) {
  const [balance, services, documents, notices] = await Promise.all([
    can(caller, "finance.read") ? getBalance(caller) : null,
    can(caller, "services.read") || can(caller, "services.manage") ? listConnectedServices(caller) : null,
    can(caller, "documents.read") ? listRecentDocuments(caller, 5) : null,
    can(caller, "notices.read") ? getNoticeDigest(caller) : null,
  ]);
  return { balance, services, documents, notices };
}

export type TDashboard = Awaited<ReturnType<typeof getDashboard>>;
