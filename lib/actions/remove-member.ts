"use server";

import { accountAction } from "@/lib/safe-action";
import { ZMemberRef } from "@/lib/schemas/users";
import { removeMember } from "@/lib/server/users/remove-member";

// The owner deletes a member from this account; the person keeps their login.
export const removeMemberAction = accountAction("users.manage", ZMemberRef, removeMember);
