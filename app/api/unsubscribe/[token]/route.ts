import { unsubscribeAlert } from "@/lib/server/alerts/unsubscribe-alert";

export const dynamic = "force-dynamic";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

// Turns one alert's mail off for the person its signed token names
// (lib/server/alerts/unsubscribe-token.ts). Two callers: the confirmation page's button
// (a form field from=page: answered with a redirect back to the page, done), and a mail
// client's one-click of RFC 8058 (body "List-Unsubscribe=One-Click", sent to the address
// in the mail's List-Unsubscribe header: answered 200). No session: the token is the
// authority, and all it can do is stop mail. GET changes nothing.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let from: string | null = null;
  try {
    const form = await request.formData();
    from = typeof form.get("from") === "string" ? (form.get("from") as string) : null;
  } catch {
    // A body that is not a form: an RFC 8058 client may send it so; the token decides.
  }
  const result = await unsubscribeAlert(token);
  if (from === "page") {
    const url = new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url);
    if (result) url.searchParams.set("done", "1");
    return new Response(null, { status: 303, headers: { Location: url.pathname + url.search, "Cache-Control": "no-store" } });
  }
  return result ? text(200, "Unsubscribed") : text(404, "Not found");
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}`, "Cache-Control": "no-store" } });
}
