// `npm start`: migrate and seed the embedded database, build if the sources changed,
// and serve the cabinet on http://localhost:3000 with the development mailbox on.
import { execSync, spawn } from "node:child_process";
import { needsBuild } from "./needs-build.mjs";

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/cabinet.db",
  DEV_MAILBOX: process.env.DEV_MAILBOX ?? (process.env.RESEND_API_KEY ? "0" : "1"),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "local-demo-secret-change-me-in-production-0123456789",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
};

execSync("node scripts/prepare-db.mjs", { stdio: "inherit", env });
if (needsBuild()) execSync("npx next build", { stdio: "inherit", env });

const port = process.env.PORT ?? "3000";
console.log(`\nThe cabinet is starting on http://localhost:${port} (mail: http://localhost:${port}/dev/mailbox)\n`);
const server = spawn("node", ["scripts/server.mjs", "-p", port], { stdio: "inherit", env });
const stop = () => server.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
