import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import type { TCaller } from "@/lib/auth/cabinet";
import { readAttachmentFile, type TAttachmentFile } from "./read-attachment-file";

// A customer's download: only an attachment of the caller's account (the same scope as
// the request pages); anything else is "not found", whoever owns it.
export async function getAttachmentFile(caller: TCaller, id: string): Promise<(TAttachmentFile & { accountId: string }) | null> {
  assertCan(caller, "requests.manage");
  const attachment = await db.attachment.findFirst({ where: { id, accountId: caller.accountId } });
  if (!attachment) return null;
  return { ...(await readAttachmentFile(attachment)), accountId: attachment.accountId };
}
