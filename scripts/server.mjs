// The production server: Next's own request handler behind a plain Node HTTP server, for
// the one thing `next start` cannot do: tell the client's address from a forged
// X-Forwarded-For (scripts/client-address.mjs; TRUSTED_PROXIES in the README), and for
// turning away malformed requests with a 4xx (scripts/screen-request.mjs).
// Usage: node scripts/server.mjs [-p port] [-H host]
import { createServer } from "node:http";
import next from "next";
import { compileTrust, settleClientAddress } from "./client-address.mjs";
import { runAction, screenRequest } from "./screen-request.mjs";

const arg = (flag, fallback) => {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const port = Number(arg("-p", process.env.PORT ?? 3000));
const hostname = arg("-H", process.env.HOST ?? "0.0.0.0");

let trust;
try {
  trust = compileTrust(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(`TRUSTED_PROXIES is not a list of addresses or ranges: ${error.message}`);
  process.exit(1);
}

// Where proxy.ts reads the maintenance state (lib/maintenance/proxy-cache.ts): this server
// itself, over loopback unless it listens on one address only.
const ownHost = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;
process.env.MAINTENANCE_STATE_ORIGIN ??= `http://${ownHost}:${port}`;

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  settleClientAddress(req, trust);
  const refusal = screenRequest(req);
  if (refusal) {
    res.writeHead(refusal.status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
    res.end(refusal.message);
    return;
  }
  runAction(req, res, handle);
});
server.listen(port, hostname, () => console.log(`▲ The cabinet listens on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
