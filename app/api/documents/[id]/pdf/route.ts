import { getCabinet } from "@/lib/auth/cabinet";
import { READABLE_ACCOUNT_STATUSES } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { ZDocumentId } from "@/lib/schemas/documents";
import { recordCallerAction, recordDenied } from "@/lib/server/audit/record-denied";
import { getDocument } from "@/lib/server/documents/get-document";
import { asciiDocumentNumber } from "@/lib/server/documents/numbering";
import { renderDocumentPdf } from "@/lib/pdf/render-document";

// A document's PDF, generated from the data on every request through the same scoped
// getDocument() the screens use. Signed out: 401; no documents grant: 403; an id that is not
// the chosen account's: 404 (like a missing one). Refusals and downloads are audited.

function refuse(status: 401 | 403 | 404): Response {
  const text = { 401: "Unauthorized", 403: "Forbidden", 404: "Not found" }[status];
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

function contentDisposition(number: string): string {
  return `attachment; filename="${asciiDocumentNumber(number)}.pdf"; filename*=UTF-8''${encodeURIComponent(`${number}.pdf`)}`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const cabinet = await getCabinet();
  if (!cabinet) return refuse(401);
  const { caller, current } = cabinet;
  if (!caller || !current || !READABLE_ACCOUNT_STATUSES.includes(current.account.status)) return refuse(404);
  if (!can(caller, "documents.read")) {
    await recordDenied(caller, "api:documents.read", { documentId: id.slice(0, 64) });
    return refuse(403);
  }
  const parsed = ZDocumentId.safeParse(id);
  if (!parsed.success) return refuse(404);

  let document;
  try {
    document = await getDocument(caller, parsed.data);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") {
      // Another account's id (or a made-up one): logged as a refused access attempt.
      await recordDenied(caller, "document", { documentId: parsed.data });
      return refuse(404);
    }
    throw error;
  }

  const pdf = await renderDocumentPdf(document);
  await recordCallerAction(caller, {
    action: "document.download",
    objectType: "Document",
    objectId: document.id,
    details: { kind: document.kind, number: document.number },
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(document.number),
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}
