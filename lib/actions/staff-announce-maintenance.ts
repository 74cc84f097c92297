"use server";

import { staffAction } from "@/lib/safe-action";
import { ZAnnounceMaintenance } from "@/lib/schemas/staff-publishing";
import { announceMaintenance } from "@/lib/server/maintenance/announce-maintenance";

export const staffAnnounceMaintenance = staffAction("ADMIN", ZAnnounceMaintenance, (input, ctx) =>
  announceMaintenance(ctx.auth.actor, input, ctx.meta),
);
