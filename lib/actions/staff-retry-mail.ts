"use server";

import { staffAction } from "@/lib/safe-action";
import { ZRetryMail } from "@/lib/schemas/staff";
import { retryMailJob } from "@/lib/server/staff/retry-mail-job";

export const staffRetryMail = staffAction("SUPPORT", ZRetryMail, ({ jobId }, ctx) => retryMailJob(ctx.auth.actor, jobId, ctx.meta));
