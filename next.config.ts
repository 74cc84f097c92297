import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_ACTION_BODY_BYTES } from "./lib/body-limits.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Security headers that do not depend on the request. The Content-Security-Policy
// carries a per-request nonce, so proxy.ts sets it.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["pdfkit", "better-sqlite3"],
  experimental: {
    authInterrupts: true,
    // One figure for both, so that what the action accepts is never cut short on the way.
    serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES },
    proxyClientMaxBodySize: MAX_ACTION_BODY_BYTES,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
