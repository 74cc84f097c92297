"use server";

import { accountAction } from "@/lib/safe-action";
import { ZRemoveMember } from "@/lib/schemas/users";
import { removeMember } from "@/lib/server/users/remove-member";

// The owner deletes a member from this account, giving a reason; the person keeps their login.
export const removeMemberAction = accountAction("users.manage", ZRemoveMember, removeMember);
