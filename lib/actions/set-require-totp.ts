"use server";

import { accountAction } from "@/lib/safe-action";
import { ZSetRequireTotp } from "@/lib/schemas/users";
import { setRequireTotp } from "@/lib/server/users/set-require-totp";

// The owner requires (or stops requiring) a second factor from every user of the cabinet.
export const setRequireTotpAction = accountAction("account.manage", ZSetRequireTotp, setRequireTotp);
