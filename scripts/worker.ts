// The worker process of a deployment with several web instances (those run with
// MAIL_WORKER=off BILLING_WORKER=off): the mail worker and the billing worker, until SIGTERM
// or SIGINT. Either can be turned off here too (MAIL_WORKER=off, BILLING_WORKER=off).
//   npx tsx scripts/worker.ts        (DATABASE_URL and the rest as for the web instances)
//   node --import tsx scripts/worker.ts   the same in one process, without tsx's wrapper
// Not under --conditions=react-server: that would make `server-only` importable, but also
// give React's server build to the mail templates, which render with react-dom/server.
// `server-only` is a marker for Next's bundler; this process is the server, so it is
// answered with an empty module before anything imports it.
const serverOnly = require.resolve("server-only");
require.cache[serverOnly] = { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;

async function main() {
  const { startMailWorker } = await import("@/lib/email/mail-worker");
  const { startBillingWorker } = await import("@/lib/server/billing/billing-worker");
  const { startReminderWorker } = await import("@/lib/server/alerts/reminder-worker");
  const { db } = await import("@/lib/db");
  const stopMail = process.env.MAIL_WORKER === "off" ? undefined : startMailWorker();
  const stopBilling = process.env.BILLING_WORKER === "off" ? undefined : startBillingWorker();
  // The unpaid-invoice reminders run beside the billing work, under the same switch.
  const stopReminders = process.env.BILLING_WORKER === "off" ? undefined : startReminderWorker();
  // The workers' timers do not keep a process alive (inside a web server they need not).
  const keepAlive = setInterval(() => {}, 60_000);
  console.log(`[worker] started: mail ${stopMail ? "on" : "off"}, billing ${stopBilling ? "on" : "off"}`);

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    console.log(`[worker] ${signal}: stopping`);
    stopMail?.();
    stopReminders?.();
    // The billing run in hand is handed back, due at once for another worker.
    await stopBilling?.();
    clearInterval(keepAlive);
    await db.$disconnect();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  console.error("[worker] failed to start", error);
  process.exit(1);
});
