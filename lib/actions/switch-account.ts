"use server";

import { cookies } from "next/headers";
import { ACCOUNT_COOKIE } from "@/lib/auth/cabinet";
import { accountAction } from "@/lib/safe-action";
import { ZSwitchAccount } from "@/lib/schemas/preferences";

// accountAction has already checked that the caller is an active member of the account.
export const switchAccount = accountAction(
  null,
  ZSwitchAccount,
  async ({ accountId }) => {
    (await cookies()).set(ACCOUNT_COOKIE, accountId, { path: "/", httpOnly: true, sameSite: "lax" });
    return { accountId };
  },
  { allowImpersonation: true },
);
