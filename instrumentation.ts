// Runs once when a server starts: this process's mail worker (lib/email/mail-worker.ts),
// unless MAIL_WORKER=off (a deployment that runs the worker elsewhere) or Next is building.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.MAIL_WORKER === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startMailWorker } = await import("@/lib/email/mail-worker");
  startMailWorker();
}
