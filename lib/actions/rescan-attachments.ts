"use server";

import { staffAction } from "@/lib/safe-action";
import { ZRescanAttachments } from "@/lib/schemas/requests";
import { rescanPending } from "@/lib/server/scan/rescan-pending";

// Staff run the scanner over the files accepted while it was unreachable.
export const rescanAttachments = staffAction("SUPPORT", ZRescanAttachments, async (_input, ctx) => {
  const summary = await rescanPending();
  await ctx.audit({ action: "attachment.rescan", objectType: "Attachment", details: summary });
  return summary;
});
