import "server-only";
import { remindUnpaidInvoices } from "./remind-unpaid-invoices";

// The reminder pass of one process, every ALERTS_POLL_MS (15 minutes by default): any number
// of processes may run it, the reminders are sent once by their unique keys
// (remind-unpaid-invoices.ts). Started with the billing worker (instrumentation.ts,
// scripts/worker.ts).
export function startReminderWorker(pollMs = Number(process.env.ALERTS_POLL_MS ?? 15 * 60_000)): () => void {
  let isRunning = false;
  const pass = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const { sent } = await remindUnpaidInvoices();
      if (sent > 0) console.log(`[alerts] ${sent} invoice reminder(s) queued`);
    } catch (error) {
      console.error("[alerts] reminder pass failed", error);
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(pass, pollMs);
  timer.unref();
  void pass();
  return () => clearInterval(timer);
}
