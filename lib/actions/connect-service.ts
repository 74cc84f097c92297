"use server";

import { accountAction } from "@/lib/safe-action";
import { ZConnectService } from "@/lib/schemas/service-changes";
import { performServiceChange } from "@/lib/server/service-changes/perform-service-change";

// Connects a catalogue tariff (clause 2.2): at once when the offer allows, else a request.
export const connectService = accountAction(
  "services.manage",
  ZConnectService,
  (input, ctx) => performServiceChange(ctx, { action: "CONNECT", tariffId: input.tariffId, quantity: input.quantity }),
  { requireActiveAccount: true },
);
