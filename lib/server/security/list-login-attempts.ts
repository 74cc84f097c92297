import "server-only";
import { db } from "@/lib/db";
import type { TAuth } from "@/lib/auth/session";

export const LOGIN_HISTORY_PAGE = 25;

// The person's sign-in history: successes and failures, newest first, a page at a time.
export async function listLoginAttempts(auth: TAuth, page = 1) {
  const where = { userId: auth.user.id };
  const [rows, total] = await Promise.all([
    db.loginAttempt.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (Math.max(1, page) - 1) * LOGIN_HISTORY_PAGE,
      take: LOGIN_HISTORY_PAGE,
      select: { id: true, result: true, ip: true, userAgent: true, createdAt: true },
    }),
    db.loginAttempt.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / LOGIN_HISTORY_PAGE)) };
}
