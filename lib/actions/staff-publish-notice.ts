"use server";

import { staffAction } from "@/lib/safe-action";
import { ZPublishNotice } from "@/lib/schemas/staff-publishing";
import { publishNotice } from "@/lib/server/staff/publish-notice";

export const staffPublishNotice = staffAction("ADMIN", ZPublishNotice, (input, ctx) => publishNotice(ctx.auth.actor, input, ctx.meta));
