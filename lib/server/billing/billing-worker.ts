import "server-only";
import { onBillingQueued } from "./billing-job";
import { processBillingRuns } from "./process-billing-runs";

// The billing worker of one process: a pass over the due billing runs every BILLING_POLL_MS
// (5 s by default) and at once when this process queues a run. Any number of processes may
// run one: runs are claimed atomically (process-billing-runs.ts). Started by
// instrumentation.ts unless BILLING_WORKER=off, and by scripts/worker.ts. The returned stop
// function hands the current run back after the account in hand and resolves once it has.
export function startBillingWorker(pollMs = Number(process.env.BILLING_POLL_MS ?? 5000)): () => Promise<void> {
  const stopping = new AbortController();
  let current: Promise<void> | null = null;
  let isDueAgain = false;
  const pass = () => {
    if (current) {
      isDueAgain = true;
      return current;
    }
    current = (async () => {
      try {
        do {
          isDueAgain = false;
          // Until nothing is due: a pass takes one run, and others may wait behind it.
          for (;;) {
            if (stopping.signal.aborted) return;
            const { outcome, runId } = await processBillingRuns({ signal: stopping.signal });
            if (outcome === "idle") break;
            if (outcome !== "taken") console.log(`[billing] run ${runId}: ${outcome}`);
          }
        } while (isDueAgain);
      } catch (error) {
        // The database is unreachable, say: the runs wait where they are for the next pass.
        console.error("[billing] worker pass failed", error);
      } finally {
        current = null;
      }
    })();
    return current;
  };
  const timer = setInterval(pass, pollMs);
  timer.unref();
  onBillingQueued(() => setImmediate(pass));
  void pass();
  return async () => {
    clearInterval(timer);
    onBillingQueued(undefined);
    stopping.abort();
    await current;
  };
}
