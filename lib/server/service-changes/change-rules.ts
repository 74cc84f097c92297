// Which changes the offer lets a customer make at once (clause 2.2). The rest go to staff
// as a service-change request:
//  - a service the provider must set up by hand (Service.isSelfService false);
//  - a prepaid-only tariff (Tariff.allowsPostpaid false) for a postpaid account, which
//    needs the billing terms changed first.
export type TApprovalReason = "NOT_SELF_SERVICE" | "PREPAID_ONLY";

export function approvalReason(
  service: { isSelfService: boolean },
  tariff: { allowsPostpaid: boolean } | null,
  billingMethod: string,
): TApprovalReason | null {
  if (!service.isSelfService) return "NOT_SELF_SERVICE";
  if (tariff && !tariff.allowsPostpaid && billingMethod === "POSTPAID") return "PREPAID_ONLY";
  return null;
}

// A prepaid account pays in advance: the first month of what it adds, with VAT, must fit
// in its balance plus its credit limit.
export function prepaidShortfall(input: { billingMethod: string; balance: number; creditLimit: number; requiredGross: number }): number {
  if (input.billingMethod !== "PREPAID" || input.requiredGross <= 0) return 0;
  return Math.max(0, input.requiredGross - (input.balance + input.creditLimit));
}
