"use server";

import { userAction } from "@/lib/safe-action";
import { ZImpersonationView } from "@/lib/schemas/staff";
import { recordImpersonationView } from "@/lib/server/staff/record-impersonation-view";

// Called by the impersonation tracker on in-app navigation (the layout does not run again
// then). Who views whom comes from the session, never from the input; for a person who
// is not impersonating it does nothing.
export const recordImpersonationViewAction = userAction(
  ZImpersonationView,
  async ({ path }, ctx) => {
    await recordImpersonationView(ctx.auth, path, ctx.meta);
    return { path };
  },
  { allowImpersonation: true },
);
