"use server";

import { accountAction } from "@/lib/safe-action";
import { ZTransferOwnership } from "@/lib/schemas/users";
import { transferOwnership } from "@/lib/server/users/transfer-ownership";

// The owner hands the cabinet to another active member, confirmed with their password.
export const transferOwnershipAction = accountAction("users.manage", ZTransferOwnership, transferOwnership);
