import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { createAccount, createUser } from "@/test/factories";
import { eicarBytes } from "@/test/fixtures/clamav/eicar";
import { scannerDown, scannerUp, useTestClamd } from "@/test/fixtures/clamav/test-clamd";
import { createRequest } from "@/lib/actions/create-request";
import { rescanAttachments } from "@/lib/actions/rescan-attachments";
import { getAttachmentFile } from "@/lib/server/attachments/get-attachment-file";
import { MAX_ATTACHMENT_BYTES } from "@/lib/schemas/requests";
import { prepareUploads } from "./prepare-uploads";
import { asFile, samplePdf, samplePng } from "./test-samples";
import type { TCaller } from "@/lib/auth/cabinet";

const clamd = useTestClamd();

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

async function owner() {
  const { account, owner: user } = await createAccount();
  actAs(user);
  const caller: TCaller = { userId: user.id, actorId: user.id, accountId: account.id, role: "OWNER", permissions: [], impersonationId: null };
  return { account, user, caller };
}

const claim = (accountId: string, attached: File[]) => ({ accountId, topic: "CLAIM" as const, subject: "Нет связи", body: "Текст", files: attached });

describe("uploads are scanned before anyone can download them", () => {
  it("stores a clean file as CLEAN and serves it back", async () => {
    scannerUp(clamd.port);
    const { account, caller } = await owner();
    const result = await createRequest(claim(account.id, [asFile(samplePdf(), "претензия.pdf")]));
    expect(result.ok).toBe(true);
    const row = await db.attachment.findFirstOrThrow({ where: { accountId: account.id } });
    expect(row).toMatchObject({ scanStatus: "CLEAN", mimeType: "application/pdf", fileName: "претензия.pdf", size: samplePdf().length });
    expect(existsSync(join(clamd.storageDir, row.storageKey))).toBe(true);
    const file = await getAttachmentFile(caller, row.id);
    expect(file?.state).toBe("READY");
    expect(file?.state === "READY" && file.bytes.equals(samplePdf())).toBe(true);
  });

  it("refuses the EICAR test file with a clear message, stores nothing and logs the attempt", async () => {
    scannerUp(clamd.port);
    const { account, user } = await owner();
    const before = files(clamd.storageDir).length;
    const result = await createRequest(claim(account.id, [asFile(samplePng(), "ok.png"), asFile(eicarBytes(), "eicar.txt")]));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors?.files).toMatch(/«eicar\.txt».*вредоносн.*Cabinet\.Test\.EICAR/);
    expect(files(clamd.storageDir).length).toBe(before); // not even the clean PNG of the same message
    expect(await db.supportRequest.count({ where: { accountId: account.id } })).toBe(0);
    expect(await db.attachment.count({ where: { accountId: account.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "attachment.infected_refused" } });
    expect(audit.outcome).toBe("DENIED");
    expect(JSON.parse(audit.details!)).toMatchObject({ fileName: "eicar.txt", size: 68 });
  });

  it("holds a file as PENDING while the scanner is down, refuses its download, and releases it after a rescan", async () => {
    await scannerDown();
    const { account, caller } = await owner();
    const result = await createRequest(claim(account.id, [asFile(samplePdf("pending"), "act.pdf")]));
    expect(result.ok).toBe(true);
    const row = await db.attachment.findFirstOrThrow({ where: { accountId: account.id } });
    expect(row.scanStatus).toBe("PENDING");
    expect((await getAttachmentFile(caller, row.id))?.state).toBe("PENDING");

    // Staff rescan while clamd is still down: nothing changes.
    actAs(await createUser({ staffRole: "SUPPORT" }));
    const stillDown = await rescanAttachments({});
    expect(stillDown.ok && stillDown.data.stillPending).toBeGreaterThanOrEqual(1);
    expect((await db.attachment.findUniqueOrThrow({ where: { id: row.id } })).scanStatus).toBe("PENDING");

    scannerUp(clamd.port);
    const rescanned = await rescanAttachments({});
    expect(rescanned.ok && rescanned.data.clean).toBeGreaterThanOrEqual(1);
    expect((await db.attachment.findUniqueOrThrow({ where: { id: row.id } })).scanStatus).toBe("CLEAN");
    expect((await getAttachmentFile(caller, row.id))?.state).toBe("READY");
  });

  it("a rescan that finds malware deletes the held bytes and keeps the file locked", async () => {
    await scannerDown();
    const { account, caller } = await owner();
    expect((await createRequest(claim(account.id, [asFile(eicarBytes(), "later.txt")]))).ok).toBe(true);
    const row = await db.attachment.findFirstOrThrow({ where: { accountId: account.id } });
    expect(row.scanStatus).toBe("PENDING");
    scannerUp(clamd.port);
    actAs(await createUser({ staffRole: "ADMIN" }));
    await rescanAttachments({});
    const after = await db.attachment.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ scanStatus: "INFECTED", scanDetail: expect.stringContaining("EICAR") });
    expect(existsSync(join(clamd.storageDir, row.storageKey))).toBe(false);
    expect((await getAttachmentFile(caller, row.id))?.state).toBe("INFECTED");
  });

  it("limits a file to 10 MB and a message to 5 files", async () => {
    scannerUp(clamd.port);
    const { account } = await owner();
    const big = asFile(Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x41), "big.txt");
    const tooBig = await createRequest(claim(account.id, [big]));
    expect(tooBig).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "files.0": "requests.files.tooLarge" } });
    const six = Array.from({ length: 6 }, (_, i) => asFile(samplePng(), `${i}.png`));
    const tooMany = await createRequest(claim(account.id, six));
    expect(tooMany).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { files: "requests.files.tooMany" } });
    // The same limits hold below the schema, for any caller of prepareUploads.
    await expect(prepareUploads([big])).rejects.toMatchObject({ fieldErrors: { files: expect.stringContaining("big.txt") } });
    await expect(prepareUploads(six)).rejects.toMatchObject({ code: "VALIDATION" });
    const exactly = asFile(Buffer.alloc(MAX_ATTACHMENT_BYTES, 0x41), "max.txt");
    expect((await prepareUploads([exactly]))[0]).toMatchObject({ size: MAX_ATTACHMENT_BYTES, scanStatus: "CLEAN" });
  });

  it("refuses a type that is not allowed, by content, and names the file", async () => {
    scannerUp(clamd.port);
    const { account } = await owner();
    const exe = Buffer.alloc(256);
    exe.write("MZ", 0, "ascii");
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write("PE\0\0", 0x80, "latin1");
    const result = await createRequest(claim(account.id, [asFile(exe, "invoice.pdf")]));
    expect(result).toMatchObject({ ok: false, fieldErrors: { files: expect.stringContaining("«invoice.pdf» не принят") } });
    expect(await db.attachment.count({ where: { accountId: account.id } })).toBe(0);
  });
});
