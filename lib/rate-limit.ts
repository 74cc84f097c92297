// Request limits (clause 5.1.2 forbids scraping; the sign-in flows cap mails and guesses),
// counted by rate-limiter-flexible in a store every web instance shares:
// - on PostgreSQL, the production target with several servers behind a load balancer, the
//   table "RateLimit" (one atomic INSERT … ON CONFLICT per hit; the table comes with the
//   migrations), so a client spread over the servers meets one budget; should the
//   database fail, each process falls back to counting in its own memory (the library's
//   insurance limiter) rather than letting everything through or refusing everyone;
// - on SQLite, the embedded database that one process serves, that process's memory.
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseUrl, isPostgresUrl } from "@/lib/env";

export type TRateLimitResult = { ok: boolean; retryAfterS: number };

// On globalThis: a production build bundles this module once per route and once for the
// proxy, and they must all count in the same place.
const shared = globalThis as unknown as { rateLimiters?: Map<string, RateLimiterAbstract>; rateLimitPool?: Pool };

function limiterFor(points: number, windowMs: number): RateLimiterAbstract {
  const limiters = (shared.rateLimiters ??= new Map());
  const name = `${points}/${windowMs}`;
  let limiter = limiters.get(name);
  if (!limiter) {
    const duration = Math.max(1, Math.round(windowMs / 1000));
    // Keys name their purpose ("ip:…", "auth-mail:to:…"); the window keeps two limits on
    // one key apart.
    const options = { points, duration, keyPrefix: `w${duration}` };
    if (isPostgresUrl()) {
      shared.rateLimitPool ??= new Pool({ connectionString: databaseUrl(), max: 4 });
      limiter = new RateLimiterPostgres({
        ...options,
        storeClient: shared.rateLimitPool,
        storeType: "pool",
        tableName: "RateLimit",
        tableCreated: true,
        clearExpiredByTimeout: true,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    } else {
      limiter = new RateLimiterMemory(options);
    }
    limiters.set(name, limiter);
  }
  return limiter;
}

// Counts one hit of `key` against `limit` hits a `windowMs` window (fixed, starting at the
// key's first hit) and tells whether it is within the limit, and when the window ends.
export async function hitRateLimit(key: string, limit: number, windowMs: number): Promise<TRateLimitResult> {
  try {
    const res = await limiterFor(limit, windowMs).consume(key);
    return { ok: true, retryAfterS: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfterS: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    throw error;
  }
}
