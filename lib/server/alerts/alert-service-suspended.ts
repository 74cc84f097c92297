import "server-only";
import type { Tx } from "@/lib/db";
import { raiseAlert, type TAlertOutcome } from "./raise-alert";

// "Services suspended", in the transaction that suspends the account
// (change-account-status.ts). The owners are mailed by the contractual notice there; this
// reaches the members who keep the alert on (see alert-kinds.ts).
export async function alertServiceSuspended(tx: Tx, account: { id: string; number: string }, reason: string): Promise<TAlertOutcome> {
  return raiseAlert(tx, account.id, {
    kind: "SERVICE_SUSPENDED",
    key: "SERVICE_SUSPENDED",
    text: { account: account.number, reason },
    path: "/dashboard",
    severity: "WARNING",
  });
}
