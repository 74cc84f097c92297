import "server-only";
import { getCabinet, type TCaller } from "@/lib/auth/cabinet";
import { READABLE_ACCOUNT_STATUSES } from "@/lib/auth/guards";
import { can, type TPermission } from "@/lib/auth/permissions";
import { recordDenied } from "@/lib/server/audit/record-denied";

// The plain answers of the finance downloads: refusals and bad input carry no account data,
// and nothing of a download is cached on the way.
export function plainResponse(status: 400 | 401 | 403 | 404, body?: string): Response {
  const text = body ?? { 400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found" }[status];
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

// "attachment" with an ASCII name every client keeps and the readable name for those that
// read RFC 6266's filename*.
export function attachmentDisposition(asciiName: string, readableName: string): string {
  return `attachment; filename="${asciiName.replace(/[^A-Za-z0-9._-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(readableName)}`;
}

// The opening of a finance download: signed out 401; no account to read (none chosen, or
// closed) 404; a member without every one of `needs` 403, logged. Either the caller, or the
// answer to send.
export async function downloadCaller(route: string, needs: TPermission[]): Promise<{ caller: TCaller; response?: never } | { caller?: never; response: Response }> {
  const cabinet = await getCabinet();
  if (!cabinet) return { response: plainResponse(401) };
  const { caller, current } = cabinet;
  if (!caller || !current || !READABLE_ACCOUNT_STATUSES.includes(current.account.status)) return { response: plainResponse(404) };
  for (const permission of needs) {
    if (!can(caller, permission)) {
      await recordDenied(caller, `api:${permission}`, { route });
      return { response: plainResponse(403) };
    }
  }
  return { caller };
}
