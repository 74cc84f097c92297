import "server-only";
import { deliverDueMail, MAIL_BATCH } from "./deliver-due-mail";
import { onMailQueued } from "./mail-queue";

// The mail worker of one process: a pass over the due jobs every MAIL_POLL_MS (1 s by
// default) and at once when this process queues a mail. Every web instance may run one:
// jobs are claimed atomically (deliver-due-mail.ts). Started by instrumentation.ts unless
// MAIL_WORKER=off.
export function startMailWorker(pollMs = Number(process.env.MAIL_POLL_MS ?? 1000)): () => void {
  let isRunning = false;
  let isDueAgain = false;
  const pass = async () => {
    if (isRunning) {
      isDueAgain = true;
      return;
    }
    isRunning = true;
    try {
      do {
        isDueAgain = false;
        const { claimed, settled } = await deliverDueMail();
        // A settled sign-in request has just queued its mail: deliver it now, not at the next poll.
        if (claimed === MAIL_BATCH || settled > 0) isDueAgain = true;
      } while (isDueAgain);
    } catch (error) {
      // The database is unreachable, say: the jobs wait where they are for the next pass.
      console.error("[mail] worker pass failed", error);
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(pass, pollMs);
  timer.unref();
  onMailQueued(() => setImmediate(pass));
  void pass();
  return () => {
    clearInterval(timer);
    onMailQueued(undefined);
  };
}
