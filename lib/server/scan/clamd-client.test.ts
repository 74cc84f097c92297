import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { clamdTarget, parseReply, pingClamd, scanBytes } from "./clamd-client";
import { eicarBytes } from "@/test/fixtures/clamav/eicar";
import { freePort } from "@/scripts/clamd.mjs";

// A stand-in clamd that checks the INSTREAM framing and answers like the real one.
function fakeClamd(answer: (data: Buffer) => string): Promise<{ server: Server; port: number; received: Buffer[] }> {
  const received: Buffer[] = [];
  const server = createServer((socket) => {
    let buffer = Buffer.alloc(0);
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!buffer.subarray(0, 10).equals(Buffer.from("zINSTREAM\0"))) return;
      let p = 10;
      const parts: Buffer[] = [];
      while (p + 4 <= buffer.length) {
        const size = buffer.readUInt32BE(p);
        if (size === 0) {
          const data = Buffer.concat(parts);
          received.push(data);
          socket.end(`${answer(data)}\0`);
          return;
        }
        if (p + 4 + size > buffer.length) return;
        parts.push(buffer.subarray(p + 4, p + 4 + size));
        p += 4 + size;
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as { port: number }).port, received })));
}

let open: Server | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

describe("the clamd client", () => {
  it("reads clamd's replies: clean, infected, and anything else as not scanned", () => {
    expect(parseReply("stream: OK")).toEqual({ verdict: "CLEAN" });
    expect(parseReply("stream: Win.Test.EICAR_HDB-1 FOUND")).toEqual({ verdict: "INFECTED", signature: "Win.Test.EICAR_HDB-1" });
    expect(parseReply("INSTREAM size limit exceeded. ERROR")).toMatchObject({ verdict: "UNAVAILABLE" });
    expect(parseReply("")).toMatchObject({ verdict: "UNAVAILABLE" });
  });

  it("streams the bytes in length-prefixed chunks and ends with a zero-length chunk", async () => {
    const fake = await fakeClamd(() => "stream: OK");
    open = fake.server;
    const data = Buffer.alloc(200_000, 7); // several 64 KB chunks
    expect(await scanBytes(data, { host: "127.0.0.1", port: fake.port })).toEqual({ verdict: "CLEAN" });
    expect(fake.received[0].equals(data)).toBe(true);
  });

  it("reports an unreachable scanner as UNAVAILABLE, never as clean", async () => {
    const port = await freePort();
    expect(await scanBytes(Buffer.from("x"), { host: "127.0.0.1", port })).toMatchObject({ verdict: "UNAVAILABLE" });
    expect(await pingClamd({ host: "127.0.0.1", port })).toBe(false);
  });

  it("takes its address from CLAMD_SOCKET, or CLAMD_HOST and CLAMD_PORT", () => {
    expect(clamdTarget({ CLAMD_SOCKET: "/run/clamav/clamd.ctl" })).toEqual({ path: "/run/clamav/clamd.ctl" });
    expect(clamdTarget({ CLAMD_HOST: "10.0.0.5", CLAMD_PORT: "3311" })).toEqual({ host: "10.0.0.5", port: 3311 });
    expect(clamdTarget({})).toEqual({ host: "127.0.0.1", port: 3310 });
  });

  it("ships an EICAR signature built from the standard test string (generated here, never committed)", () => {
    const eicar = eicarBytes();
    expect(eicar.length).toBe(68);
    const hdb = readFileSync("test/fixtures/clamav/cabinet-test.hdb", "utf8");
    expect(hdb).toContain(`${createHash("md5").update(eicar).digest("hex")}:68:`);
    expect(hdb).toContain(`${createHash("sha256").update(eicar).digest("hex")}:68:`);
    const ndb = readFileSync("test/fixtures/clamav/cabinet-test.ndb", "utf8");
    expect(ndb.trim().split(":")[3]).toBe(eicar.toString("hex"));
  });
});
