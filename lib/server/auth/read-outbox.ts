import "server-only";
import ipaddr from "ipaddr.js";
import { db } from "@/lib/db";
import { isMailboxEnabled } from "@/lib/env";
import { getAuth } from "@/lib/auth/session";
import { getRequestMeta } from "@/lib/request-meta";

export function isLoopback(ip: string): boolean {
  return ipaddr.isValid(ip) && ipaddr.process(ip).range() === "loopback";
}

// The development outbox holds other people's activation and reset links. It exists only with
// DEV_MAILBOX, and even then only for staff (not while viewing as a customer) or a request
// from the server's own machine (the address scripts/server.mjs settled, which a header
// cannot forge).
async function canReadOutbox(): Promise<boolean> {
  if (!isMailboxEnabled()) return false;
  const [auth, meta] = await Promise.all([getAuth(), getRequestMeta()]);
  return (!!auth?.staffRole && !auth.impersonation) || isLoopback(meta.ip);
}

// The latest mail for /dev/mailbox, optionally to one address, and one message opened; null
// for anyone who may not read it (the page answers 404).
export async function readOutbox(options: { to?: string; id?: string; take?: number }) {
  if (!(await canReadOutbox())) return null;
  const to = options.to?.trim().toLowerCase() || undefined;
  const [emails, selected] = await Promise.all([
    db.outboxEmail.findMany({
      where: to ? { to } : {},
      orderBy: { createdAt: "desc" },
      take: options.take ?? 100,
      select: { id: true, to: true, subject: true, template: true, status: true, createdAt: true },
    }),
    options.id ? db.outboxEmail.findUnique({ where: { id: options.id } }) : null,
  ]);
  return { emails, selected };
}
