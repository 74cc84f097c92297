// Starts a ClamAV daemon for the tests: a generated config on a loopback port, reading
// only the signature database the project ships (test/fixtures/clamav: the EICAR test
// signature), since no signature download is possible here.
//   node scripts/clamd.mjs [--port 3310]     runs in the foreground until Ctrl-C
//   import { startClamd } from "./clamd.mjs" from the test runners
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const TEST_SIGNATURES = join(ROOT, "test/fixtures/clamav");

export function findClamd() {
  for (const candidate of [process.env.CLAMD_BIN, "/usr/sbin/clamd", "/usr/bin/clamd", "/usr/local/sbin/clamd"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export function ping(host, port) {
  return new Promise((resolvePing) => {
    const socket = connect({ host, port });
    let reply = "";
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolvePing(false);
    });
    socket.on("error", () => resolvePing(false));
    socket.on("connect", () => socket.write("zPING\0"));
    socket.on("data", (d) => {
      reply += d.toString();
      if (reply.includes("\0") || reply.includes("PONG")) {
        socket.destroy();
        resolvePing(reply.startsWith("PONG"));
      }
    });
    socket.on("end", () => resolvePing(reply.startsWith("PONG")));
  });
}

// Resolves once clamd answers PING; rejects with clamd's log if it does not start.
export async function startClamd({ port = 0, host = "127.0.0.1", databaseDir = TEST_SIGNATURES, timeoutMs = 60_000 } = {}) {
  const binary = findClamd();
  if (!binary) throw new Error("clamd is not installed: run scripts/clamav-setup.sh (apt-get install -y clamav clamav-daemon)");
  const chosenPort = port || (await freePort());
  const workDir = mkdtempSync(join(tmpdir(), "cabinet-clamd-"));
  const log = join(workDir, "clamd.log");
  const config = [
    "Foreground yes",
    `DatabaseDirectory ${databaseDir}`,
    `TCPSocket ${chosenPort}`,
    `TCPAddr ${host}`,
    `LogFile ${log}`,
    `TemporaryDirectory ${workDir}`,
    `PidFile ${join(workDir, "clamd.pid")}`,
    "Bytecode no",
    // A 10 MB attachment plus headroom; larger streams would be refused, never passed.
    "StreamMaxLength 12M",
    "MaxThreads 4",
    "SelfCheck 3600",
  ].join("\n");
  const configFile = join(workDir, "clamd.conf");
  writeFileSync(configFile, `${config}\n`);
  const child = spawn(binary, ["-c", configFile], { stdio: "ignore", detached: false });
  let exited = false;
  child.on("exit", () => (exited = true));

  const stop = async () => {
    if (!exited) {
      child.kill("SIGTERM");
      await new Promise((r) => {
        if (exited) return r();
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          r();
        }, 5000);
        child.on("exit", () => {
          clearTimeout(timer);
          r();
        });
      });
    }
    rmSync(workDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) break;
    if (await ping(host, chosenPort)) return { host, port: chosenPort, pid: child.pid, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  const logText = existsSync(log) ? readFileSync(log, "utf8") : "(no log)";
  await stop();
  throw new Error(`clamd did not start on ${host}:${chosenPort}\n${logText}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portIndex = process.argv.indexOf("--port");
  const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 3310;
  const clamd = await startClamd({ port });
  console.log(`clamd ready on ${clamd.host}:${clamd.port} (pid ${clamd.pid}), signatures from ${TEST_SIGNATURES}`);
  const shutdown = () => clamd.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
