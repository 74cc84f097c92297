"use server";

import { accountAction } from "@/lib/safe-action";
import { ZSetMemberStatus } from "@/lib/schemas/users";
import { setMemberStatus } from "@/lib/server/users/set-member-status";

// The owner suspends (with a reason) or restores a member's access to this account.
export const setMemberStatusAction = accountAction("users.manage", ZSetMemberStatus, setMemberStatus);
