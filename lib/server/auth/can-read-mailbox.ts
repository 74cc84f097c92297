import "server-only";
import { getAuth } from "@/lib/auth/session";
import { getRequestMeta } from "@/lib/request-meta";

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

export function isLoopback(ip: string): boolean {
  return LOOPBACK.test(ip);
}

// The development outbox: staff (not while viewing as a customer), or a request from the
// server's own machine (the address scripts/server.mjs settled, which a header cannot forge).
export async function canReadMailbox(): Promise<boolean> {
  const [auth, meta] = await Promise.all([getAuth(), getRequestMeta()]);
  if (auth?.staffRole && !auth.impersonation) return true;
  return isLoopback(meta.ip);
}
