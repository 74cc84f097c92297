import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { connect } from "node:net";
import { db } from "../fixtures/db";
import { clock } from "../../lib/clock";

export const STORAGE_DIR = process.env.E2E_STORAGE_DIR ?? "data/e2e-storage";
export const CLAMD_PORT = Number(process.env.E2E_CLAMD_PORT);

export function pdfBytes(text = "Claim"): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    "latin1",
  );
}

// Is the test clamd answering? The EICAR spec must not pass without a scanner.
export function clamdAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port: CLAMD_PORT });
    let reply = "";
    socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
    socket.on("error", () => resolve(false));
    socket.on("close", () => resolve(reply.includes("PONG")));
    socket.on("connect", () => socket.write("zPING\0"));
    socket.on("data", (d) => {
      reply += d;
      if (reply.includes("PONG")) (socket.destroy(), resolve(true));
    });
  });
}

// Every stored file's bytes, to prove something was never written.
export function storedFiles(): Buffer[] {
  if (!existsSync(STORAGE_DIR)) return [];
  return readdirSync(STORAGE_DIR, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)));
}

// A request with a clean attachment, written straight to the database and the store the
// server reads (for the specs about who may download it).
export async function seedRequestWithAttachment(accountId: string, userId: string) {
  const key = `attachments/e2e/${randomUUID()}`;
  const bytes = pdfBytes("foreign");
  mkdirSync(dirname(join(STORAGE_DIR, key)), { recursive: true });
  writeFileSync(join(STORAGE_DIR, key), bytes);
  const request = await db.supportRequest.create({
    data: {
      number: `REQ-E2E-${randomUUID().slice(0, 8).toUpperCase()}`,
      accountId,
      topic: "DOCUMENTS",
      subject: "Акт сверки",
      createdById: userId,
      messages: { create: { authorId: userId, body: "Прошу акт сверки" } },
    },
    include: { messages: true },
  });
  const attachment = await db.attachment.create({
    data: {
      accountId,
      requestId: request.id,
      messageId: request.messages[0].id,
      fileName: "акт.pdf",
      mimeType: "application/pdf",
      size: bytes.length,
      sha256: "e2e",
      storageKey: key,
      scanStatus: "CLEAN",
      scannedAt: clock.now(),
      uploadedById: userId,
    },
  });
  return { request, attachment, bytes };
}
