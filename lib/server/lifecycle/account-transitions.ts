import type { TAccountOperation } from "@/lib/schemas/staff";

// The account's life (clauses 4.2.1, 8.2, 8.3): which operation applies to which status,
// and what it leads to. Termination is final.
export const ACCOUNT_TRANSITIONS: Record<TAccountOperation, { from: readonly string[]; to: string }> = {
  SUSPEND: { from: ["ACTIVE"], to: "SUSPENDED" },
  RESUME: { from: ["SUSPENDED"], to: "ACTIVE" },
  TERMINATE: { from: ["ACTIVE", "SUSPENDED", "BLOCKED"], to: "TERMINATED" },
  BLOCK: { from: ["ACTIVE", "SUSPENDED"], to: "BLOCKED" },
  UNBLOCK: { from: ["BLOCKED"], to: "ACTIVE" },
};

export function allowedOperations(status: string): TAccountOperation[] {
  return (Object.keys(ACCOUNT_TRANSITIONS) as TAccountOperation[]).filter((op) => ACCOUNT_TRANSITIONS[op].from.includes(status));
}
