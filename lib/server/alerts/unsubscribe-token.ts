import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";
import { isAlertKind, type TAlertKind } from "./alert-kinds";

export type TUnsubscribeTarget = { userId: string; accountId: string; kind: TAlertKind };

// A mail's one-click unsubscribe link names the person, the account and the alert kind,
// signed with the server's secret (HMAC-SHA-256 under NEXTAUTH_SECRET, with a purpose of
// its own so that no other signature of the cabinet can stand in for it). It does not
// expire: a link in an old mail must still work (RFC 8058), and all it can do is turn one
// alert's mail off for that person.
function sign(payload: string): string {
  return createHmac("sha256", `${authSecret()}:alert-unsubscribe`).update(payload, "utf8").digest("base64url");
}

export function createUnsubscribeToken(target: TUnsubscribeTarget): string {
  const payload = Buffer.from(`v1:${target.userId}:${target.accountId}:${target.kind}`, "utf8").toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function readUnsubscribeToken(token: string): TUnsubscribeTarget | null {
  if (typeof token !== "string" || token.length > 400) return null;
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [version, userId, accountId, kind, ...extra] = Buffer.from(payload, "base64url").toString("utf8").split(":");
  if (version !== "v1" || !userId || !accountId || !isAlertKind(kind) || extra.length) return null;
  return { userId, accountId, kind };
}
