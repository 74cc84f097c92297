"use server";

import { db } from "@/lib/db";
import { accountAction } from "@/lib/safe-action";
import { ZSetProviderAccessConsent } from "@/lib/schemas/staff";

// The owner's switch "provider access needs my consent".
export const setProviderAccessConsent = accountAction("account.manage", ZSetProviderAccessConsent, async ({ accountId, isRequired }, ctx) => {
  await db.account.update({ where: { id: accountId }, data: { providerAccessConsent: isRequired } });
  await ctx.audit({ accountId, action: "provider_access.consent_setting", objectType: "account", objectId: accountId, details: { isRequired } });
  return { isRequired };
});
