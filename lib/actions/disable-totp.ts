"use server";

import { userAction } from "@/lib/safe-action";
import { ZDisableTotp } from "@/lib/schemas/security";
import { disableTotp } from "@/lib/server/security/disable-totp";

// Turns the second factor off, with the password and a code.
export const disableTotpAction = userAction(ZDisableTotp, disableTotp);
