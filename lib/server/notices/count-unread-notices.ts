import "server-only";
import type { TCaller } from "@/lib/auth/cabinet";
import { can } from "@/lib/auth/permissions";
import { getNoticeDigest } from "./get-notice-digest";

// The unread count in the shell; a member without the notices grant has none to read.
// It comes from the per-request digest, so a dashboard showing the latest notices costs no
// second query.
export async function countUnreadNotices(caller: TCaller): Promise<number> {
  if (!can(caller, "notices.read")) return 0;
  return (await getNoticeDigest(caller)).unread;
}
