import "server-only";
import { headers } from "next/headers";

export type TRequestMeta = { ip: string; userAgent: string | null };

// The client's address, which the server (scripts/server.mjs) has already settled from the
// socket and the TRUSTED_PROXIES: it replaces X-Forwarded-For with that one address.
export function metaFromHeaders(h: Headers): TRequestMeta {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || "127.0.0.1",
    userAgent: h.get("user-agent")?.slice(0, 500) ?? null,
  };
}

export async function getRequestMeta(): Promise<TRequestMeta> {
  return metaFromHeaders(await headers());
}
