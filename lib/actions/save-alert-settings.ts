"use server";

import { accountAction } from "@/lib/safe-action";
import { ZSaveAlertSettings } from "@/lib/schemas/alerts";
import { saveAlertSettings as save } from "@/lib/server/alerts/save-alert-settings";

// The caller's own alert settings in an account they belong to (any member: each person
// has only the alerts their grants allow, which the data function checks).
export const saveAlertSettings = accountAction(null, ZSaveAlertSettings, async (input, ctx) =>
  save(ctx.caller, { alerts: input.alerts, threshold: input.threshold }, ctx.meta),
);
