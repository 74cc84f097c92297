"use server";

import { userAction } from "@/lib/safe-action";
import { ZRegenerateRecoveryCodes } from "@/lib/schemas/security";
import { regenerateRecoveryCodes } from "@/lib/server/security/regenerate-recovery-codes";

// Replaces the recovery codes, after a code; the new ones are shown once.
export const regenerateRecoveryCodesAction = userAction(ZRegenerateRecoveryCodes, regenerateRecoveryCodes);
