import "server-only";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import type { TRequestMeta } from "@/lib/request-meta";

const WINDOW_MS = 15 * 60 * 1000;
// One address gets at most this many mails of the sign-in flows per window, whoever asks.
export const MAIL_PER_ADDRESS = 5;
const MAIL_PER_IP = 20;

// Forms that send mail to an address someone typed could flood a stranger's inbox or
// probe the cabinet; both the sender's IP and the target address are capped. The per-IP
// cap follows RATE_LIMIT_PER_MINUTE, the deployment's knob for one client's traffic
// (raised for loopback test runs); the per-address cap never moves.
export async function limitMailRequests(meta: TRequestMeta, address: string): Promise<void> {
  const perMinute = Number(process.env.RATE_LIMIT_PER_MINUTE ?? 600);
  const ipLimit = Math.max(MAIL_PER_IP, Math.round((MAIL_PER_IP * perMinute) / 600));
  const [byIp, byAddress] = await Promise.all([
    hitRateLimit(`auth-mail:ip:${meta.ip}`, ipLimit, WINDOW_MS),
    hitRateLimit(`auth-mail:to:${address.toLowerCase()}`, MAIL_PER_ADDRESS, WINDOW_MS),
  ]);
  if (!byIp.ok || !byAddress.ok) {
    throw new AppError("RATE_LIMITED", "rateLimitedFor", {
      values: { minutes: Math.ceil(Math.max(byIp.retryAfterS, byAddress.retryAfterS) / 60) },
    });
  }
}
