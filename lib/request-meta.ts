import "server-only";
import { headers } from "next/headers";

export type TRequestMeta = { ip: string; userAgent: string | null };

// The client address as the reverse proxy reports it; on a bare server, loopback.
export function metaFromHeaders(h: Headers): TRequestMeta {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: forwarded || h.get("x-real-ip") || "127.0.0.1",
    userAgent: h.get("user-agent")?.slice(0, 500) ?? null,
  };
}

export async function getRequestMeta(): Promise<TRequestMeta> {
  return metaFromHeaders(await headers());
}
