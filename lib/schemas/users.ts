import { z } from "zod";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { zEmail, zId, zPersonName, zPhone } from "./common";

// The owner's management of the cabinet's users. Messages are catalogue keys; a granted
// permission outside PERMISSIONS (including the owner-only ones) is refused by the enum.

export const zPermission = z.enum(PERMISSIONS, "users.validation.unknownPermission");
export const zPermissions = z.array(zPermission).max(PERMISSIONS.length * 2, "users.validation.unknownPermission");

export const ZInviteMember = z.object({
  accountId: zId,
  email: zEmail,
  name: zPersonName,
  phone: zPhone,
  permissions: zPermissions,
});
export type TInviteMember = z.infer<typeof ZInviteMember>;

export const ZMemberRef = z.object({ accountId: zId, userId: zId });
export type TMemberRef = z.infer<typeof ZMemberRef>;

export const ZUpdateMemberGrants = ZMemberRef.extend({ permissions: zPermissions });
export type TUpdateMemberGrants = z.infer<typeof ZUpdateMemberGrants>;

// Removing a person or suspending their access is confirmed on screen with what follows and
// needs the owner's reason, kept in the audit log. A missing or short one is a field error
// on `reason`.
export const MEMBER_REASON_MIN = 5;
const zMemberReason = z.string("users.validation.reason").trim().min(MEMBER_REASON_MIN, "users.validation.reason").max(500, "validation.tooLong");

export const ZRemoveMember = ZMemberRef.extend({ reason: zMemberReason });
export type TRemoveMember = z.infer<typeof ZRemoveMember>;

export const MEMBERSHIP_STATUSES = ["ACTIVE", "SUSPENDED"] as const;

export const ZSetMemberStatus = ZMemberRef.extend({
  status: z.enum(MEMBERSHIP_STATUSES, "validation.choose"),
  reason: z.string().trim().max(500, "validation.tooLong").optional(),
}).superRefine((v, ctx) => {
  if (v.status === "SUSPENDED" && (v.reason ?? "").length < MEMBER_REASON_MIN) {
    ctx.addIssue({ code: "custom", path: ["reason"], message: "users.validation.reason" });
  }
});
export type TSetMemberStatus = z.infer<typeof ZSetMemberStatus>;

export const ZTransferOwnership = ZMemberRef.extend({
  password: z.string().min(1, "validation.required").max(128, "validation.passwordLong"),
});
export type TTransferOwnership = z.infer<typeof ZTransferOwnership>;

export const ZSetRequireTotp = z.object({ accountId: zId, requireTotp: z.boolean() });
export type TSetRequireTotp = z.infer<typeof ZSetRequireTotp>;
