"use server";

import { userAction } from "@/lib/safe-action";
import { ZNoInput } from "@/lib/schemas/security";
import { startTotpSetup } from "@/lib/server/security/start-totp-setup";

// Generates a TOTP secret and its QR code; nothing is in force until confirmed.
export const startTotpSetupAction = userAction(ZNoInput, startTotpSetup);
