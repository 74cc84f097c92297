"use server";

import { userAction } from "@/lib/safe-action";
import { ZNoInput } from "@/lib/schemas/security";
import { endOtherSessions } from "@/lib/server/security/end-other-sessions";

// Ends every session of the signed-in person but this browser's.
export const endOtherSessionsAction = userAction(ZNoInput, endOtherSessions);
