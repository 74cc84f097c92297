import "server-only";
import { Prisma, type User } from "@/generated/prisma/client";
import { selectOf, sqlColumns, readRaw } from "@/lib/db";

// The person's columns a request carries around: never the password hash or the TOTP
// secret, which only the sign-in and TOTP code read, from the database.
export const AUTH_USER_COLUMNS = [
  "id",
  "email",
  "login",
  "name",
  "phone",
  "locale",
  "status",
  "statusReason",
  "staffRole",
  "totpEnabledAt",
  "lastLoginAt",
  "createdAt",
  "activatedAt",
] as const satisfies readonly (keyof User)[];

export type TAuthUser = Pick<User, (typeof AUTH_USER_COLUMNS)[number]>;

export const AUTH_USER_SELECT = selectOf(AUTH_USER_COLUMNS);

export type TSessionWithUser = {
  id: string;
  userId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  impersonationId: string | null;
  user: TAuthUser;
};

type TSessionRow = TAuthUser & {
  sessionUserId: string;
  sessionLastSeenAt: Date;
  sessionExpiresAt: Date;
  sessionRevokedAt: Date | null;
  sessionImpersonationId: string | null;
};

// A session row and its person in ONE statement. It runs on every request, and the ORM's
// include would send two (Prisma joins relations in the application on SQLite). The
// driver adapters type the columns (dates as Date, booleans as boolean) on SQLite and
// PostgreSQL alike; lookups.test.ts compares it with the ORM's answer.
export async function findSessionWithUser(sessionId: string): Promise<TSessionWithUser | null> {
  const rows = await readRaw<TSessionRow[]>(Prisma.sql`
    SELECT s."userId" AS "sessionUserId", s."lastSeenAt" AS "sessionLastSeenAt", s."expiresAt" AS "sessionExpiresAt",
           s."revokedAt" AS "sessionRevokedAt", s."impersonationId" AS "sessionImpersonationId", ${sqlColumns("u", AUTH_USER_COLUMNS)}
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId}`);
  const row = rows[0];
  if (!row) return null;
  const { sessionUserId, sessionLastSeenAt, sessionExpiresAt, sessionRevokedAt, sessionImpersonationId, ...user } = row;
  return {
    id: sessionId,
    userId: sessionUserId,
    lastSeenAt: sessionLastSeenAt,
    expiresAt: sessionExpiresAt,
    revokedAt: sessionRevokedAt,
    impersonationId: sessionImpersonationId,
    user,
  };
}
