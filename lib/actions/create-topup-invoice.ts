"use server";

import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { accountAction } from "@/lib/safe-action";
import { recordDenied } from "@/lib/server/audit/record-denied";
import { ZTopupInvoice } from "@/lib/schemas/finance";
import { issueTopupInvoice } from "@/lib/server/finance/issue-topup-invoice";

// Staff impersonating a customer cannot issue documents in their name (the builder refuses
// every mutation while impersonating). A suspended account may: paying is how it resumes.
// Reading the finances is not enough: issuing an invoice is finance.manage. It needs
// documents.read too (the invoice is a document to download); that refusal is
// logged like the builder's own.
export const createTopupInvoice = accountAction("finance.manage", ZTopupInvoice, async ({ amount }, ctx) => {
  if (!can(ctx.caller, "documents.read")) {
    await recordDenied(ctx.caller, "action:documents.read");
    throw new AppError("FORBIDDEN", "forbidden");
  }
  const invoice = await issueTopupInvoice(ctx.caller, amount);
  await ctx.audit({
    accountId: ctx.caller.accountId,
    action: "document.create",
    objectType: "Document",
    objectId: invoice.id,
    details: { kind: "INVOICE", purpose: "topup", number: invoice.number, amountGross: invoice.amountGross },
  });
  return invoice;
});
