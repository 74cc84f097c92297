"use server";

import { accountAction } from "@/lib/safe-action";
import { ZTopupInvoice } from "@/lib/schemas/finance";
import { issueTopupInvoice } from "@/lib/server/finance/issue-topup-invoice";

// Staff impersonating a customer cannot issue documents in their name (the builder refuses
// every mutation while impersonating). A suspended account may: paying is how it resumes.
export const createTopupInvoice = accountAction("finance.read", ZTopupInvoice, async ({ amount }, ctx) => {
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
