import "server-only";
import { connect, type Socket } from "node:net";

// ClamAV's daemon over its INSTREAM protocol: the bytes are streamed in length-prefixed
// chunks and clamd answers "stream: OK" or "stream: <signature> FOUND". Where: a unix
// socket (CLAMD_SOCKET) or TCP (CLAMD_HOST, CLAMD_PORT; default 127.0.0.1:3310).

export type TScanVerdict =
  | { verdict: "CLEAN" }
  | { verdict: "INFECTED"; signature: string }
  | { verdict: "UNAVAILABLE"; reason: string }; // not scanned: never treat as clean

type TTarget = { path: string } | { host: string; port: number };

const CHUNK_BYTES = 64 * 1024;

export function clamdTarget(env: Record<string, string | undefined> = process.env): TTarget {
  if (env.CLAMD_SOCKET) return { path: env.CLAMD_SOCKET };
  return { host: env.CLAMD_HOST || "127.0.0.1", port: Number(env.CLAMD_PORT || 3310) };
}

function timeoutMs(): number {
  return Number(process.env.CLAMD_TIMEOUT_MS || 30_000);
}

// Sends one command (and, for INSTREAM, the data) and collects the reply up to its NUL.
function converse(command: string, data: Uint8Array | null, target: TTarget): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const socket: Socket = connect(target as never);
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (error: Error | null, reply?: string) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (error) reject(error);
      else resolvePromise(reply ?? "");
    };
    socket.setTimeout(timeoutMs(), () => finish(new Error("clamd did not answer in time")));
    socket.on("error", (error) => finish(error));
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      const all = Buffer.concat(chunks);
      const end = all.indexOf(0);
      if (end >= 0) finish(null, all.subarray(0, end).toString("utf8"));
    });
    socket.on("end", () => finish(null, Buffer.concat(chunks).toString("utf8").replace(/\0$/, "")));
    socket.on("connect", () => {
      socket.write(`z${command}\0`);
      if (!data) return;
      for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) {
        const chunk = data.subarray(offset, Math.min(offset + CHUNK_BYTES, data.length));
        const size = Buffer.alloc(4);
        size.writeUInt32BE(chunk.length, 0);
        socket.write(size);
        socket.write(chunk);
      }
      socket.write(Buffer.alloc(4)); // a zero-length chunk ends the stream
    });
  });
}

export function parseReply(reply: string): TScanVerdict {
  const text = reply.trim();
  if (/^stream: OK$/.test(text)) return { verdict: "CLEAN" };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found) return { verdict: "INFECTED", signature: found[1] };
  // "INSTREAM size limit exceeded. ERROR" and the like: not scanned, so not clean.
  return { verdict: "UNAVAILABLE", reason: text || "empty reply" };
}

export async function scanBytes(bytes: Uint8Array, target: TTarget = clamdTarget()): Promise<TScanVerdict> {
  try {
    return parseReply(await converse("INSTREAM", bytes, target));
  } catch (error) {
    return { verdict: "UNAVAILABLE", reason: (error as Error).message };
  }
}

export async function pingClamd(target: TTarget = clamdTarget()): Promise<boolean> {
  try {
    return (await converse("PING", null, target)).trim() === "PONG";
  } catch {
    return false;
  }
}
