// Configuration read from the environment, with the defaults of the embedded setup.

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? "file:./data/cabinet.db";
}

// PostgreSQL, the production target, rather than the embedded SQLite file.
export function isPostgresUrl(url: string = databaseUrl()): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function appUrl(): string {
  return (process.env.APP_URL ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

// The development outbox and /dev/mailbox exist unless the app runs for real customers.
// `next start` sets NODE_ENV=production, so the local demo opts in with DEV_MAILBOX=1.
export function isMailboxEnabled(): boolean {
  return process.env.DEV_MAILBOX === "1" || !isProduction();
}

export function mailFrom(): string {
  return process.env.MAIL_FROM ?? "КОМПааС.тех <cabinet@kompaas.tech>";
}

export function resendApiKey(): string | undefined {
  return process.env.RESEND_API_KEY || undefined;
}

const DEMO_AUTH_SECRET = "local-demo-secret-change-me-in-production-0123456789";

// The key that signs session tokens. A real deployment sets NEXTAUTH_SECRET; the local
// demo and development fall back to a fixed key. In production without it the answer is
// empty, and next-auth refuses to run rather than sign with a public key.
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  return isProduction() && process.env.DEV_MAILBOX !== "1" ? "" : DEMO_AUTH_SECRET;
}

// The tests' guard: a SQLite file, or a PostgreSQL server on this machine's loopback.
export function isLocalDatabaseUrl(url: string): boolean {
  if (url.startsWith("file:")) return true;
  if (!isPostgresUrl(url)) return false;
  const host = new URL(url).hostname;
  return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
}
