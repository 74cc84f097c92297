import "server-only";
import { db, type Tx } from "@/lib/db";
import { refuse } from "./refuse";

// The cabinet always keeps an active owner: an owner may be suspended, removed or demoted
// only while another active owner remains. With one owner, ownership is transferred first.
export async function assertNotLastOwner(
  membership: { role: string; userId: string; accountId: string },
  client: Tx | typeof db = db,
): Promise<void> {
  if (membership.role !== "OWNER") return;
  const others = await client.membership.count({
    where: { accountId: membership.accountId, role: "OWNER", status: "ACTIVE", userId: { not: membership.userId } },
  });
  if (others === 0) throw refuse("lastOwner");
}
