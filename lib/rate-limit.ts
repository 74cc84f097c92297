// A fixed-window counter per key, in the memory of this server process. It answers bulk
// clients (clause 5.1.2 forbids scraping) with 429; a cluster of servers would move the
// counters to a shared store behind the same function.
import { clock } from "@/lib/clock";

type TWindow = { start: number; count: number };

const windows = new Map<string, TWindow>();
let lastSweep = clock.nowMs();

export function hitRateLimit(key: string, limit: number, windowMs: number, now = clock.nowMs()): { ok: boolean; retryAfterS: number } {
  if (now - lastSweep > windowMs) {
    for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
    lastSweep = now;
  }
  let window = windows.get(key);
  if (!window || now - window.start >= windowMs) {
    window = { start: now, count: 0 };
    windows.set(key, window);
  }
  window.count += 1;
  return { ok: window.count <= limit, retryAfterS: Math.ceil((window.start + windowMs - now) / 1000) };
}
