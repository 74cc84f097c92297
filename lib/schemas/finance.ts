import { z } from "zod";
import { LEDGER_KINDS } from "@/lib/domain";
import { parseTenge } from "@/lib/money";
import { zId } from "./common";

// Calendar days as <input type="date"> sends them; empty means "no bound".
export const zDayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);

export const zPageParam = z.coerce.number().int().min(1).max(10_000).catch(1);

// The ledger's filters, from the URL: anything malformed is ignored rather than refused.
export const ZLedgerFilter = z.object({
  kind: z.enum(LEDGER_KINDS).optional().catch(undefined),
  from: zDayParam,
  to: zDayParam,
  page: zPageParam,
});
export type TLedgerFilter = z.output<typeof ZLedgerFilter>;

export const TOPUP_MIN_TIYN = 1_000_00;
export const TOPUP_MAX_TIYN = 100_000_000_00;

// "Invoice for top-up": the amount to pay, VAT included, as the person types it ("50 000",
// "1 250,50"), in tiyn after parsing. A number passes as it is, in tiyn (the schema accepts
// its own output).
export const ZTopupInvoice = z.object({
  accountId: zId,
  amount: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : (parseTenge(v) ?? Number.NaN)) : v),
    z
      .number({ error: (issue) => (issue.input === undefined ? "validation.required" : "finance.topup.amountInvalid") })
      .int("finance.topup.amountInvalid")
      .min(TOPUP_MIN_TIYN, "finance.topup.amountMin")
      .max(TOPUP_MAX_TIYN, "finance.topup.amountMax"),
  ),
});
export type TTopupInvoice = z.input<typeof ZTopupInvoice>;

// The reconciliation statement's period, from the URL: both calendar days (Almaty) are
// required, from ≤ to, and at most three years apart. Refused with a reason (400), not
// ignored: a statement for a period other than the one asked for would mislead.
export const RECONCILIATION_MAX_YEARS = 3;

const zDay = z
  .string({ error: "finance.reconciliation.errors.dateRequired" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "finance.reconciliation.errors.dateInvalid")
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2099-12-31";
  }, "finance.reconciliation.errors.dateInvalid");

export const ZReconciliationQuery = z
  .object({ from: zDay, to: zDay })
  .refine((q) => q.from <= q.to, { message: "finance.reconciliation.errors.order", path: ["to"] })
  .refine((q) => q.to < `${Number(q.from.slice(0, 4)) + RECONCILIATION_MAX_YEARS}${q.from.slice(4)}`, {
    message: "finance.reconciliation.errors.tooLong",
    path: ["to"],
  });
export type TReconciliationQuery = z.output<typeof ZReconciliationQuery>;

// The accounting pack's month, "YYYY-MM". Whether it is closed (before the current month)
// depends on the clock, so the route checks that itself.
export const ZAccountingPackQuery = z.object({
  period: z.string({ error: "finance.pack.errors.periodInvalid" }).regex(/^(20\d{2})-(0[1-9]|1[0-2])$/, "finance.pack.errors.periodInvalid"),
});
export type TAccountingPackQuery = z.output<typeof ZAccountingPackQuery>;
