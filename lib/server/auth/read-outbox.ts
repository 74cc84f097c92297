import "server-only";
import { db } from "@/lib/db";

// The development outbox for /dev/mailbox: the latest mail, optionally to one address, and
// one message opened. The page itself refuses to exist outside development.
export async function readOutbox(options: { to?: string; id?: string; take?: number }) {
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
