"use server";

import { staffAction } from "@/lib/safe-action";
import { ZStartImpersonation } from "@/lib/schemas/staff";
import { startImpersonation } from "@/lib/server/staff/start-impersonation";

// The client navigates to /dashboard on success: a redirect thrown here would be taken
// for a failure by the action wrapper.
export const staffStartImpersonation = staffAction("SUPPORT", ZStartImpersonation, (input, ctx) =>
  startImpersonation(ctx.auth.actor, ctx.auth.sessionId, input, ctx.meta),
);
