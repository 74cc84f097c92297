"use server";

import { staffAction } from "@/lib/safe-action";
import { ZEndMaintenance } from "@/lib/schemas/staff-publishing";
import { endMaintenance } from "@/lib/server/maintenance/end-maintenance";

export const staffEndMaintenance = staffAction("ADMIN", ZEndMaintenance, ({ windowId }, ctx) => endMaintenance(ctx.auth.actor, windowId, ctx.meta));
