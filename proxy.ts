import { NextResponse, type NextRequest } from "next/server";
import { buildCsp } from "@/lib/csp";
import { authSecret } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit";
import { getToken } from "next-auth/jwt";
import { getMaintenanceState } from "@/lib/maintenance/proxy-cache";
import { hasActiveWindow, isOpenDuringMaintenance, maintenanceFor } from "@/lib/maintenance/state";
import { maintenanceLang, maintenancePage, retryAfterSeconds } from "@/lib/maintenance/page";

// Paths that need a signed-in person. The layouts check the session for real; this only
// sends a visitor without a session cookie to the login page early.
const PROTECTED = [
  "/dashboard",
  "/profile",
  "/services",
  "/statistics",
  "/finance",
  "/documents",
  "/notices",
  "/requests",
  "/users",
  "/audit",
  "/security",
  "/trial",
  "/accession",
  "/staff",
  "/account-closed",
  "/agreement-update",
  "/provider-access",
];

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function clientIp(request: NextRequest): string {
  // Settled by scripts/server.mjs from the socket and TRUSTED_PROXIES; never the client's say.
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}

// During a maintenance window customers get the maintenance page with 503 and
// Retry-After, on every request (page loads, in-app navigations, actions, downloads);
// staff keep working. The state comes from an in-process cache (lib/maintenance), so
// outside a window this costs a timestamp comparison; only during one is the session
// token decoded to tell staff and the affected account's members from everyone else.
async function maintenanceResponse(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  if (isOpenDuringMaintenance(pathname)) return null;
  const state = await getMaintenanceState(request.nextUrl.origin);
  if (!hasActiveWindow(state)) return null;
  const secret = authSecret();
  const token = await getToken({ req: request, secret }).catch(() => null);
  const window = maintenanceFor(state, { pathname, userId: typeof token?.sub === "string" ? token.sub : null });
  if (!window) return null;
  return new NextResponse(maintenancePage(window, maintenanceLang(request.cookies.get("NEXT_LOCALE")?.value)), {
    status: 503,
    headers: { "Retry-After": String(retryAfterSeconds(window)), "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const perMinute = Number(process.env.RATE_LIMIT_PER_MINUTE ?? 600);
  const limit = await hitRateLimit(`ip:${clientIp(request)}`, perMinute, 60_000);
  if (!limit.ok) {
    return new NextResponse("Too many requests", {
      status: 429,
      headers: { "Retry-After": String(limit.retryAfterS), "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  const closed = await maintenanceResponse(request);
  if (closed) return closed;

  const isProtected = PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isProtected && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildCsp(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-pathname", pathname);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|favicon.svg|robots.txt|fonts/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
