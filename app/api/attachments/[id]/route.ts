import { getTranslations } from "next-intl/server";
import { getCabinet } from "@/lib/auth/cabinet";
import { can } from "@/lib/auth/permissions";
import { getAttachmentFile } from "@/lib/server/attachments/get-attachment-file";
import { getStaffAttachmentFile } from "@/lib/server/attachments/get-staff-attachment-file";
import { contentDisposition } from "@/lib/server/attachments/content-disposition";
import { recordDenied } from "@/lib/server/audit/record-denied";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { getRequestMeta } from "@/lib/request-meta";

const TEXT_TYPES = new Set(["text/plain", "text/csv"]);

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
  });
}

// A request's attachment, through the same scoped data functions as the pages: a
// customer gets only their current account's files, staff any; a foreign or unknown id
// is 404 (and logged). Only a file scanned clean is served, always as a download.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("requests.attachments");
  const cabinet = await getCabinet();
  if (!cabinet) return plain(404, t("notFound"));
  const { auth, caller } = cabinet;
  const isStaff = !!auth.actor.staffRole && !auth.impersonation;
  const who = { actorId: auth.actor.id, userId: auth.user.id, impersonationId: auth.impersonation?.id ?? null };

  let file: Awaited<ReturnType<typeof getAttachmentFile>> = null;
  if (isStaff) file = await getStaffAttachmentFile({ actorId: auth.actor.id, staffRole: auth.actor.staffRole }, id);
  else if (caller && can(caller, "requests.manage")) file = await getAttachmentFile(caller, id);
  if (!file) {
    await recordDenied({ ...who, accountId: caller?.accountId ?? null }, "attachment", { id });
    return plain(404, t("notFound"));
  }
  if (file.state === "PENDING") return plain(409, t("pending"));
  if (file.state !== "READY") return plain(410, t("unavailable"));

  await writeAudit({
    actorId: who.actorId,
    subjectUserId: auth.impersonation ? auth.user.id : null,
    impersonationId: who.impersonationId,
    accountId: file.accountId,
    action: "attachment.download",
    objectType: "Attachment",
    objectId: id,
    meta: await getRequestMeta(),
  });
  const contentType = TEXT_TYPES.has(file.mimeType) ? `${file.mimeType}; charset=utf-8` : file.mimeType;
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
