import { z } from "zod";
import { zId } from "./common";

// Inputs of the staff console's actions and of the owner's provider-access screen.
// Messages are catalogue keys.

const zReason = z.string().trim().min(5, "staff.validation.reason").max(500, "validation.tooLong");

export const ZStartImpersonation = z.object({
  accountId: zId,
  userId: zId.min(1, "validation.choose"),
  reason: z.string().trim().max(300, "validation.tooLong").optional(),
});
export type TStartImpersonation = z.infer<typeof ZStartImpersonation>;

export const ACCESS_HOURS = [1, 4, 24, 72] as const;
const zHours = z.coerce.number().refine((h) => (ACCESS_HOURS as readonly number[]).includes(h), "validation.choose");

export const ZRequestProviderAccess = z.object({ accountId: zId, reason: zReason });
export type TRequestProviderAccess = z.infer<typeof ZRequestProviderAccess>;

export const ZDecideProviderAccess = z.object({
  accountId: zId,
  requestId: zId,
  decision: z.enum(["APPROVE", "DECLINE", "REVOKE"]),
  hours: zHours.optional(),
});

export const ZSetProviderAccessConsent = z.object({ accountId: zId, isRequired: z.boolean() });

export const ACCOUNT_OPERATIONS = ["SUSPEND", "RESUME", "TERMINATE", "BLOCK", "UNBLOCK"] as const;
export type TAccountOperation = (typeof ACCOUNT_OPERATIONS)[number];

// Suspending, terminating and blocking need a reason the customer will read; resuming and
// unblocking may carry a note.
const reasonRequired = (op: string) => op === "SUSPEND" || op === "TERMINATE" || op === "BLOCK";

export const ZChangeAccountStatus = z
  .object({ accountId: zId, operation: z.enum(ACCOUNT_OPERATIONS, "validation.choose"), reason: z.string().trim().max(500, "validation.tooLong") })
  .superRefine((v, ctx) => {
    if (reasonRequired(v.operation) && v.reason.length < 5) ctx.addIssue({ code: "custom", path: ["reason"], message: "staff.validation.reason" });
  });
export type TChangeAccountStatus = z.infer<typeof ZChangeAccountStatus>;

export const ZChangeUserStatus = z
  .object({ userId: zId, operation: z.enum(["BLOCK", "UNBLOCK"], "validation.choose"), reason: z.string().trim().max(500, "validation.tooLong") })
  .superRefine((v, ctx) => {
    if (v.operation === "BLOCK" && v.reason.length < 5) ctx.addIssue({ code: "custom", path: ["reason"], message: "staff.validation.reason" });
  });
export type TChangeUserStatus = z.infer<typeof ZChangeUserStatus>;

export const ZResendActivation = z.object({ userId: zId });

export const ZImpersonationView = z.object({ path: z.string().trim().min(1).max(300).startsWith("/") });

export const ZRetryMail = z.object({ jobId: zId });
