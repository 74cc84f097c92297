import { z } from "zod";
import { NOTICE_SEVERITIES } from "@/lib/domain";
import { zId } from "./common";
import { NOTICE_AUDIENCES } from "./staff-publishing-limits";

// What administrators publish: notices, maintenance windows, agreement versions, billing
// runs. Times are typed in Asia/Almaty (UTC+5).

// A moment as the form sends it, the text typed in Almaty's time; a Date passes as it is
// (the schema accepts its own output).
function almatyMoment(pattern: RegExp, suffix: string, message: string) {
  return z.union([z.date(), z.string().trim()]).transform((v, ctx) => {
    if (v instanceof Date) return v;
    if (!pattern.test(v)) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return new Date(`${v}${suffix}`);
  });
}

export const zAlmatyDateTime = almatyMoment(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, ":00+05:00", "staff.validation.dateTime");

const zOptionalAlmatyDateTime = z.union([z.literal(""), zAlmatyDateTime]).optional();

const zTitle = z.string().trim().min(2, "validation.required").max(200, "validation.tooLong");
const zBody = z.string().trim().min(2, "validation.required").max(20_000, "validation.tooLong");

const texts = { titleRu: zTitle, titleKk: zTitle, titleEn: zTitle, bodyRu: zBody, bodyKk: zBody, bodyEn: zBody };

export { NOTICE_AUDIENCES };

export const ZPublishNotice = z
  .object({
    audience: z.enum(NOTICE_AUDIENCES, "validation.choose"),
    accountNumber: z.string().trim().optional(),
    serviceId: z.string().trim().optional(),
    severity: z.enum(NOTICE_SEVERITIES, "validation.choose"),
    publishAt: zOptionalAlmatyDateTime,
    ...texts,
  })
  .superRefine((v, ctx) => {
    if (v.audience === "ACCOUNT" && !v.accountNumber) ctx.addIssue({ code: "custom", path: ["accountNumber"], message: "validation.required" });
    if (v.audience === "SERVICE" && !v.serviceId) ctx.addIssue({ code: "custom", path: ["serviceId"], message: "validation.choose" });
  });
export type TPublishNotice = z.infer<typeof ZPublishNotice>;

export const ZAnnounceMaintenance = z
  .object({
    audience: z.enum(["ALL", "ACCOUNT"], "validation.choose"),
    accountNumber: z.string().trim().optional(),
    startsAt: zAlmatyDateTime,
    endsAt: zAlmatyDateTime,
    ...texts,
  })
  .superRefine((v, ctx) => {
    if (v.audience === "ACCOUNT" && !v.accountNumber) ctx.addIssue({ code: "custom", path: ["accountNumber"], message: "validation.required" });
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "staff.validation.endAfterStart" });
  });
export type TAnnounceMaintenance = z.infer<typeof ZAnnounceMaintenance>;

export const ZEndMaintenance = z.object({ windowId: zId });

export const ZRunBilling = z.object({
  period: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}$/, "staff.billing.errors.format"),
});

export const ZPublishAgreement = z.object({
  kind: z.enum(["AGREEMENT", "OFFER"], "validation.choose"),
  version: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z.\-]{1,20}$/, "staff.validation.version"),
  effectiveDate: almatyMoment(/^\d{4}-\d{2}-\d{2}$/, "T00:00:00+05:00", "staff.validation.date"),
  ...texts,
});
export type TPublishAgreement = z.infer<typeof ZPublishAgreement>;
