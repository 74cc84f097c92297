import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_ACTION_BODY_BYTES } from "./lib/body-limits.mjs";

// The catalogues are compiled at build time (next-intl's `precompile`, with icu-minify): the
// browser gets the compiled messages and a 650-byte formatter instead of the ICU parser,
// about 9 KB gzip less on every page. Everything the build bundles that imports a file under
// messages/ gets it compiled, so code must read messages through a translator, never as
// strings (lib/maintenance/page.ts). Processes outside the build (the worker, the seed, the
// unit tests) read the plain JSON and format with the full parser: same output.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

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
