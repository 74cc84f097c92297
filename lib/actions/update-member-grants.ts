"use server";

import { accountAction } from "@/lib/safe-action";
import { ZUpdateMemberGrants } from "@/lib/schemas/users";
import { updateMemberGrants } from "@/lib/server/users/update-member-grants";

// The owner changes a member's grants; they apply on the member's next request.
export const updateMemberGrantsAction = accountAction("users.manage", ZUpdateMemberGrants, updateMemberGrants);
