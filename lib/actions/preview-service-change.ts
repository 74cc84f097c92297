"use server";

import { accountAction } from "@/lib/safe-action";
import { ZPreviewServiceChange } from "@/lib/schemas/service-changes";
import { getServiceChangePreview } from "@/lib/server/service-changes/get-service-change-preview";

// What a connect / change / disconnect would charge, shown before the customer confirms.
// It writes nothing, so staff viewing the cabinet read-only see it too.
export const previewServiceChange = accountAction(
  "services.manage",
  ZPreviewServiceChange,
  (input, ctx) => getServiceChangePreview(ctx.caller, ctx.account, input, ctx.locale),
  { allowImpersonation: true },
);
