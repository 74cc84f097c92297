"use server";

import { userAction } from "@/lib/safe-action";
import { ZEndSession } from "@/lib/schemas/security";
import { endSession } from "@/lib/server/security/end-session";

// Ends one of the signed-in person's other sessions (refused while staff view as a customer).
export const endSessionAction = userAction(ZEndSession, endSession);
