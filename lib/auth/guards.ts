import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { can, type TAnyPermission } from "./permissions";
import { getAuth } from "./session";
import { getCabinet, type TCaller } from "./cabinet";
import { recordDenied } from "@/lib/server/audit/record-denied";
import { landingWithoutAccount } from "./landing";

// Accounts whose cabinet can still be read. A suspended account stays fully readable
// (clause 4.1.1); a terminated or blocked one is closed.
export const READABLE_ACCOUNT_STATUSES = ["ACTIVE", "SUSPENDED"];

// Where a person is sent when their cabinet requires a second factor they have not set up.
export const TOTP_SETUP_PATH = "/security?setup=totp";

export async function requireAuth() {
  const auth = await getAuth();
  if (!auth) redirect("/login");
  return auth;
}

// For cabinet pages: the caller of the chosen account, holding `permission` (or one of
// several) if given. Without an account: staff go to their console, others to /trial.
export async function requireCaller(permission?: TAnyPermission | TAnyPermission[]) {
  const cabinet = await getCabinet();
  if (!cabinet) redirect("/login");
  if (!cabinet.caller || !cabinet.current) redirect(landingWithoutAccount(cabinet.auth));
  if (!READABLE_ACCOUNT_STATUSES.includes(cabinet.current.account.status)) redirect("/account-closed");
  if (cabinet.mustSetUpTotp) redirect(TOTP_SETUP_PATH);
  const wanted = permission ? [permission].flat() : [];
  if (wanted.length && !wanted.some((p) => can(cabinet.caller!, p))) {
    await recordDenied(cabinet.caller, `page:${wanted.join("|")}`);
    forbidden();
  }
  return { cabinet, caller: cabinet.caller };
}

// For data functions: the first line of every scoped read or write.
export function assertCan(caller: TCaller, permission: TAnyPermission): void {
  if (!can(caller, permission)) throw new AppError("FORBIDDEN", "forbidden");
}

export async function requireStaff(role: "SUPPORT" | "ADMIN" = "SUPPORT") {
  const auth = await getAuth();
  if (!auth) redirect("/login");
  const staffRole = auth.actor.staffRole;
  if (!staffRole || (role === "ADMIN" && staffRole !== "ADMIN")) notFound();
  return auth;
}
