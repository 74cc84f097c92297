import { z } from "zod";
import { ALERT_KINDS } from "@/lib/domain";
import { parseTenge } from "@/lib/money";
import { zId } from "./common";

export const ALERT_THRESHOLD_MAX_TIYN = 100_000_000_00;

// The alert settings of the caller in one account: per kind, mail and notice; and the
// low-balance threshold as the person types it ("5 000", "1 250,50"), in tiyn after
// parsing (a number passes as it is, in tiyn: the schema accepts its own output). Empty:
// keep the current threshold.
export const ZSaveAlertSettings = z.object({
  accountId: zId,
  alerts: z
    .array(z.object({ kind: z.enum(ALERT_KINDS), isEmailOn: z.boolean(), isNoticeOn: z.boolean() }))
    .max(ALERT_KINDS.length)
    .refine((rows) => new Set(rows.map((r) => r.kind)).size === rows.length),
  threshold: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : (parseTenge(v) ?? Number.NaN)) : v),
    z
      .number({ error: "alerts.errors.threshold" })
      .int("alerts.errors.threshold")
      .min(0, "alerts.errors.threshold")
      .max(ALERT_THRESHOLD_MAX_TIYN, "alerts.errors.threshold")
      .optional(),
  ),
});
export type TSaveAlertSettings = z.input<typeof ZSaveAlertSettings>;
