"use server";

import { accountAction } from "@/lib/safe-action";
import { ZChangeSubscription } from "@/lib/schemas/service-changes";
import { performServiceChange } from "@/lib/server/service-changes/perform-service-change";

// Changes a subscription's tariff (within its service) or quantity.
export const changeSubscription = accountAction(
  "services.manage",
  ZChangeSubscription,
  (input, ctx) =>
    performServiceChange(ctx, { action: "CHANGE", subscriptionId: input.subscriptionId, tariffId: input.tariffId, quantity: input.quantity }),
  { requireActiveAccount: true },
);
