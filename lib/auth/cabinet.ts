import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getAuth } from "./session";
import { parsePermissions, type TPermission } from "./permissions";
import { findActiveMemberships } from "./membership-lookup";

export const ACCOUNT_COOKIE = "cabinet_account";

export type TCaller = {
  userId: string; // whose cabinet this is (the viewed user while impersonating)
  actorId: string; // who acts (the staff member while impersonating)
  accountId: string;
  role: "OWNER" | "MEMBER";
  permissions: TPermission[];
  impersonationId: string | null;
};

export type TCabinet = NonNullable<Awaited<ReturnType<typeof getCabinet>>>;

// The signed-in person's memberships and the account chosen among them (a cookie keeps
// the choice across navigation). Only ACTIVE memberships count: a suspended or removed
// member loses access on the next request.
export const getCabinet = cache(async () => {
  const auth = await getAuth();
  if (!auth) return null;
  const memberships = await findActiveMemberships(auth.user.id, auth.impersonation?.accountId);
  const chosen = (await cookies()).get(ACCOUNT_COOKIE)?.value;
  const current = memberships.find((m) => m.accountId === chosen) ?? memberships[0] ?? null;
  const caller: TCaller | null = current
    ? {
        userId: auth.user.id,
        actorId: auth.actor.id,
        accountId: current.accountId,
        role: current.role as TCaller["role"],
        permissions: parsePermissions(current.permissions),
        impersonationId: auth.impersonation?.id ?? null,
      }
    : null;
  // The chosen account requires a second factor the person has not set up: the cabinet's
  // pages send them to /security first (staff viewing as the person are not held back).
  const mustSetUpTotp = !!current?.account.requireTotp && !auth.user.totpEnabledAt && !auth.impersonation;
  return { auth, memberships, current, caller, mustSetUpTotp };
});
