import { z } from "zod";
import { zId } from "./common";
import { MAX_SERVICE_QUANTITY } from "./service-changes-limits";

export { MAX_SERVICE_QUANTITY };

const zQuantity = z.coerce
  .number("requests.changes.validation.quantity")
  .int("requests.changes.validation.quantity")
  .min(1, "requests.changes.validation.quantity")
  .max(MAX_SERVICE_QUANTITY, "requests.changes.validation.quantity");

export const ZConnectService = z.object({
  accountId: zId,
  tariffId: z.string().trim().min(1, "validation.choose").max(64),
  quantity: zQuantity,
});
export type TConnectService = z.infer<typeof ZConnectService>;

export const ZChangeSubscription = z.object({
  accountId: zId,
  subscriptionId: zId,
  tariffId: z.string().trim().min(1, "validation.choose").max(64),
  quantity: zQuantity,
});
export type TChangeSubscription = z.infer<typeof ZChangeSubscription>;

export const ZDisconnectSubscription = z.object({ accountId: zId, subscriptionId: zId });
export type TDisconnectSubscription = z.infer<typeof ZDisconnectSubscription>;

export const ZDecideServiceChange = z
  .object({
    changeId: zId,
    decision: z.enum(["APPROVE", "REJECT"], "validation.choose"),
    comment: z.string().trim().max(2_000, "validation.tooLong").default(""),
  })
  // A refusal says why; an approval may go without words.
  .refine((v) => v.decision === "APPROVE" || v.comment.length > 0, { path: ["comment"], message: "requests.changes.validation.reason" });
export type TDecideServiceChange = z.infer<typeof ZDecideServiceChange>;

// The price of a change before it is confirmed: the same fields as the change itself.
export const ZPreviewServiceChange = z.discriminatedUnion("action", [
  ZConnectService.extend({ action: z.literal("CONNECT") }),
  ZChangeSubscription.extend({ action: z.literal("CHANGE") }),
  ZDisconnectSubscription.extend({ action: z.literal("DISCONNECT") }),
]);
export type TPreviewServiceChange = z.infer<typeof ZPreviewServiceChange>;
