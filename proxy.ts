import { NextResponse, type NextRequest } from "next/server";
import { buildCsp } from "@/lib/csp";
import { hitRateLimit } from "@/lib/rate-limit";

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
];

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function clientIp(request: NextRequest): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "local";
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const perMinute = Number(process.env.RATE_LIMIT_PER_MINUTE ?? 600);
  const limit = hitRateLimit(`ip:${clientIp(request)}`, perMinute, 60_000);
  if (!limit.ok) {
    return new NextResponse("Too many requests", {
      status: 429,
      headers: { "Retry-After": String(limit.retryAfterS), "Content-Type": "text/plain; charset=utf-8" },
    });
  }

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
      source: "/((?!_next/static|_next/image|favicon.ico|fonts/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
