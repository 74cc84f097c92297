import "server-only";
import { db, type Tx } from "@/lib/db";
import { hashToken, tokenState, type TTokenState } from "@/lib/auth/tokens";
import type { TTokenPurpose } from "@/lib/domain";
import { clock } from "@/lib/clock";

export type TConsumed =
  | { state: "valid"; userId: string; payload: Record<string, unknown> | null }
  | { state: Exclude<TTokenState, "valid">; userId?: string };

// Marks the link used, exactly once: the conditional update makes a second, concurrent
// use find nothing. Call inside the transaction that does what the link allows.
export async function consumeAuthToken(tx: Tx, token: string, purpose: TTokenPurpose): Promise<TConsumed> {
  const row = await tx.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return { state: "unknown" };
  const state = tokenState(row);
  if (state !== "valid") return { state, userId: row.userId };
  const claimed = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: clock.now() } });
  if (claimed.count !== 1) return { state: "used", userId: row.userId };
  return { state: "valid", userId: row.userId, payload: row.payload ? JSON.parse(row.payload) : null };
}

// Looks at a link without using it (to render the activation or reset form).
export async function peekAuthToken(token: string, purpose: TTokenPurpose): Promise<TConsumed> {
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose) return { state: "unknown" };
  const state = tokenState(row);
  return state === "valid" ? { state, userId: row.userId, payload: null } : { state, userId: row.userId };
}
