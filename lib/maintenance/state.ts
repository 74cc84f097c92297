import { createHash } from "node:crypto";
import { authSecret } from "@/lib/env";
import { clock } from "@/lib/clock";

// The maintenance state the proxy needs, shared by the route that serves it and the proxy
// that caches it. No database here: proxy.ts runs before the app and must stay cheap.

export type TMaintenanceText = { ru: string; kk: string; en: string };

export type TMaintenanceWindow = {
  id: string;
  startsAt: number; // epoch ms
  endsAt: number;
  scope: "ALL" | "USERS"; // everybody, or the members of one account
  userIds: string[];
  title: TMaintenanceText;
  body: TMaintenanceText;
};

export type TMaintenanceState = { windows: TMaintenanceWindow[]; staffIds: string[] };

export const EMPTY_STATE: TMaintenanceState = { windows: [], staffIds: [] };
export const STATE_PATH = "/api/internal/maintenance";
export const STATE_KEY_HEADER = "x-maintenance-key";

// The same fallback as lib/auth/options.ts, so a demo without NEXTAUTH_SECRET works.
function secret(): string {
  return authSecret();
}

// The state lists user ids, so only the proxy may read it: it proves it knows the secret.
export function stateKey(): string {
  return createHash("sha256").update(`${secret()}:maintenance-state`).digest("hex");
}

// Paths that stay up during maintenance for everybody: staff sign in, the console, the
// internal state, Next's assets. Everything else is the customers' cabinet.
const OPEN_PREFIXES = ["/login", "/api/auth", "/staff", "/api/internal", "/_next", "/dev", "/favicon.ico", "/fonts"];

export function isOpenDuringMaintenance(pathname: string): boolean {
  return OPEN_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

// The window that closes the cabinet to this request, if any: staff are never closed out;
// an everybody-window closes every other request, an account's window only its members.
export function maintenanceFor(
  state: TMaintenanceState,
  request: { pathname: string; userId: string | null },
  now: number = clock.nowMs(),
): TMaintenanceWindow | null {
  if (isOpenDuringMaintenance(request.pathname)) return null;
  const active = state.windows.filter((w) => w.startsAt <= now && now < w.endsAt);
  if (active.length === 0) return null;
  if (request.userId && state.staffIds.includes(request.userId)) return null;
  return active.find((w) => w.scope === "ALL" || (!!request.userId && w.userIds.includes(request.userId))) ?? null;
}

export function hasActiveWindow(state: TMaintenanceState, now: number = clock.nowMs()): boolean {
  return state.windows.some((w) => w.startsAt <= now && now < w.endsAt);
}
