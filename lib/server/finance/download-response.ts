import "server-only";

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
