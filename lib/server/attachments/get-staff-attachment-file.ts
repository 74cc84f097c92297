import "server-only";
import { db } from "@/lib/db";
import { assertStaff, type TStaffViewer } from "@/lib/server/requests/assert-staff";
import { readAttachmentFile, type TAttachmentFile } from "./read-attachment-file";

// Staff may download any request's attachment, once it is scanned clean.
export async function getStaffAttachmentFile(staff: TStaffViewer, id: string): Promise<(TAttachmentFile & { accountId: string }) | null> {
  assertStaff(staff);
  const attachment = await db.attachment.findUnique({ where: { id } });
  if (!attachment) return null;
  return { ...(await readAttachmentFile(attachment)), accountId: attachment.accountId };
}
