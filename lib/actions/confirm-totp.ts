"use server";

import { userAction } from "@/lib/safe-action";
import { ZConfirmTotp } from "@/lib/schemas/security";
import { confirmTotp } from "@/lib/server/security/confirm-totp";

// Confirms the TOTP secret with a code from the app and returns the recovery codes once.
export const confirmTotpAction = userAction(ZConfirmTotp, confirmTotp);
