import "server-only";
import { db } from "@/lib/db";

// Whether the person already owns a subscriber's cabinet. The wizard is for people
// without a contract; an owner who needs another contract asks support (staff
// registration), so a replayed or crafted accession cannot create a second one.
export async function ownsSubscriber(userId: string): Promise<boolean> {
  return (await db.membership.count({ where: { userId, role: "OWNER" } })) > 0;
}
