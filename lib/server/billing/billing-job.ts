// The billing run as a job (see process-billing-runs.ts): its statuses, its settings, and
// the wake-up call of this process's worker.

export const BILLING_RUN_STATUSES = ["QUEUED", "RUNNING", "DONE", "FAILED"] as const;
export type TBillingRunStatus = (typeof BILLING_RUN_STATUSES)[number];

// The statuses a worker may claim (RUNNING: its worker's lease may have ended).
export const ACTIVE_RUN_STATUSES: TBillingRunStatus[] = ["QUEUED", "RUNNING"];

// After this many claims without finishing (errors, or workers killed each time) the run is
// FAILED and waits for staff, who queue it again from the billing page.
export const BILLING_MAX_ATTEMPTS = 8;

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

// How long a claim holds the run without a sign of life: renewed after every batch, so it
// only has to outlast one batch. BILLING_LEASE_MS, five minutes by default.
export const billingLeaseMs = () => positive(process.env.BILLING_LEASE_MS, 5 * 60_000);

// Accounts billed between two progress records. BILLING_BATCH, 50 by default.
export const billingBatchSize = () => Math.floor(positive(process.env.BILLING_BATCH, 50));

// After an error the run waits 30 s, 1, 2, 4 … minutes (at most the lease) for its next attempt.
export function billingRetryDelayMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), Math.max(billingLeaseMs(), 30_000));
}

// Kept on globalThis: a production build bundles this module once per route, and the worker
// (instrumentation.ts) is another bundle.
const worker = globalThis as unknown as { wakeBillingWorker?: () => void };

export function onBillingQueued(listener: (() => void) | undefined): void {
  worker.wakeBillingWorker = listener;
}

// A run was queued in this process: its worker, if it runs one, starts at once rather than
// at its next poll.
export function notifyBillingQueued(): void {
  worker.wakeBillingWorker?.();
}
