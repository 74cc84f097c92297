"use server";

import { staffAction } from "@/lib/safe-action";
import { ZPublishAgreement } from "@/lib/schemas/staff-publishing";
import { publishAgreement } from "@/lib/server/agreements/publish-agreement";

export const staffPublishAgreement = staffAction("ADMIN", ZPublishAgreement, (input, ctx) => publishAgreement(ctx.auth.actor, input, ctx.meta));
