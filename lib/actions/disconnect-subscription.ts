"use server";

import { accountAction } from "@/lib/safe-action";
import { ZDisconnectSubscription } from "@/lib/schemas/service-changes";
import { performServiceChange } from "@/lib/server/service-changes/perform-service-change";

// Disconnects a subscription from now on; it stops counting in the next charges.
export const disconnectSubscription = accountAction(
  "services.manage",
  ZDisconnectSubscription,
  (input, ctx) => performServiceChange(ctx, { action: "DISCONNECT", subscriptionId: input.subscriptionId }),
  { requireActiveAccount: true },
);
