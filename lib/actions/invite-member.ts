"use server";

import { accountAction } from "@/lib/safe-action";
import { ZInviteMember } from "@/lib/schemas/users";
import { inviteMember } from "@/lib/server/users/invite-member";

// The owner invites a person to the cabinet (owner only; refusals are logged by the builder).
export const inviteMemberAction = accountAction("users.manage", ZInviteMember, inviteMember);
