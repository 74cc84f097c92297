import "server-only";
import { db } from "@/lib/db";
import type { TTokenState } from "@/lib/auth/tokens";
import type { TTokenPurpose } from "@/lib/domain";
import { peekAuthToken } from "./consume-auth-token";

export type TLinkInspection = { state: TTokenState; email?: string };

// What a link page may show before anything is used: whether the link is good, and for a
// good one the address it belongs to (the holder of the link received it there). A link
// whose person has moved on (already active, no longer active) counts as used.
export async function inspectAuthLink(token: string, purpose: TTokenPurpose): Promise<TLinkInspection> {
  const peeked = await peekAuthToken(token, purpose);
  if (peeked.state !== "valid") return { state: peeked.state };
  const user = await db.user.findUnique({ where: { id: peeked.userId }, select: { email: true, status: true } });
  const expected = purpose === "ACTIVATION" ? "PENDING" : "ACTIVE";
  if (!user || user.status !== expected) return { state: "used" };
  return { state: "valid", email: user.email };
}
