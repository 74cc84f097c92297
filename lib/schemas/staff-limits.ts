// The choices and rules of staff.ts that the browser needs too, without zod (the forms
// show them; the schemas and the server functions enforce them).

export const ACCESS_HOURS = [1, 4, 24, 72] as const;

export const ACCOUNT_OPERATIONS = ["SUSPEND", "RESUME", "TERMINATE", "BLOCK", "UNBLOCK"] as const;
export type TAccountOperation = (typeof ACCOUNT_OPERATIONS)[number];

// Suspending, terminating and blocking (an account or one person) are confirmed on screen
// with their consequences and need a reason the customer will read, stored on the row and
// in the audit log; resuming and unblocking may carry a note.
const DESTRUCTIVE_OPERATIONS: readonly string[] = ["SUSPEND", "TERMINATE", "BLOCK"];
export const isReasonRequired = (operation: string) => DESTRUCTIVE_OPERATIONS.includes(operation);
export const REASON_MIN = 5;
