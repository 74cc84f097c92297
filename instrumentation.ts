// Runs once when a server starts: this process's workers, unless Next is building. The mail
// worker (lib/email/mail-worker.ts) unless MAIL_WORKER=off, the billing worker
// (lib/server/billing/billing-worker.ts) unless BILLING_WORKER=off: a deployment that runs
// them in a process of their own (scripts/worker.ts) turns them off in its web instances.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.MAIL_WORKER !== "off") {
    const { startMailWorker } = await import("@/lib/email/mail-worker");
    startMailWorker();
  }
  if (process.env.BILLING_WORKER !== "off") {
    const { startBillingWorker } = await import("@/lib/server/billing/billing-worker");
    startBillingWorker();
    // The unpaid-invoice reminders go with the billing work (lib/server/alerts/reminder-worker.ts).
    const { startReminderWorker } = await import("@/lib/server/alerts/reminder-worker");
    startReminderWorker();
  }
}
