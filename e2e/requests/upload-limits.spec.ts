import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { createSubscriber } from "../fixtures/people";
import { actionId } from "../fixtures/direct-action";
import { db } from "../fixtures/db";
import { MAX_ATTACHMENT_BYTES } from "../../lib/body-limits.mjs";
import { pdfBytes } from "./upload-fixtures";

// The limits the form states (10 MB a file, five a message) hold end to end: nothing
// between the browser and the action cuts a body that keeps to them, and a file over them
// is refused on its field, by the form and by the server.

function pdfOfSize(bytes: number, label: string): Buffer {
  const base = pdfBytes(label);
  return Buffer.concat([base, Buffer.alloc(bytes - base.length, 0x20)]);
}

async function fillRequest(page: import("@playwright/test").Page, subject: string) {
  await page.goto("/requests/new");
  await page.getByLabel("Тема").fill(subject);
  await page.getByLabel("Текст заявления").fill("Файлы к заявлению во вложении.");
}

test.describe.configure({ timeout: 120_000 });

test("a file of exactly 10 MB is accepted; one byte more is refused on the field, by the form and by the server", async ({ page, baseURL }) => {
  const { owner, account } = await createSubscriber();
  await login(page, owner.login);

  await fillRequest(page, "Ровно десять мегабайт");
  await page.getByLabel("Файлы").setInputFiles({ name: "ровно-10.pdf", mimeType: "application/pdf", buffer: pdfOfSize(MAX_ATTACHMENT_BYTES, "ten") });
  await page.getByRole("button", { name: "Отправить заявление" }).click();
  await expect(page).toHaveURL(/\/requests\/(?!new$)[a-z0-9]+$/, { timeout: 60_000 });
  await expect(page.getByRole("link", { name: "ровно-10.pdf" })).toBeVisible();
  const stored = await db.attachment.findMany({ where: { accountId: account.id }, select: { size: true } });
  expect(stored.map((a) => a.size)).toEqual([MAX_ATTACHMENT_BYTES]);

  const tooLarge = pdfOfSize(MAX_ATTACHMENT_BYTES + 1, "over");
  await fillRequest(page, "На байт больше");
  await page.getByLabel("Файлы").setInputFiles({ name: "больше.pdf", mimeType: "application/pdf", buffer: tooLarge });
  await page.getByRole("button", { name: "Отправить заявление" }).click();
  await expect(page.getByTestId("files-error")).toContainText("больше.pdf: Файл больше 10 МБ");
  await expect(page).toHaveURL(/\/requests\/new$/);

  // The same file sent past the form, as the browser would encode it: the server refuses
  // it on the field too, and nothing is saved.
  const id = actionId("lib/actions/create-request.ts", "createRequest")!;
  const input = { accountId: account.id, topic: "QUESTION", subject: "Мимо формы", body: "Файл больше лимита", files: ["$B1"] };
  const form = new FormData(); // React's order: the blob first, then the root that refers to it
  form.append("1", new Blob([new Uint8Array(tooLarge)], { type: "application/pdf" }), "больше.pdf");
  form.append("0", JSON.stringify([input]));
  const response = await page.request.post("/requests/new", {
    headers: { "Next-Action": id, Origin: baseURL!, Accept: "text/x-component" },
    multipart: form,
  });
  expect(response.status()).toBe(200);
  const result = JSON.parse((await response.text()).split("\n").find((l) => l.startsWith("1:"))!.slice(2));
  expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "files.0": "requests.files.tooLarge" } });
  expect(await db.supportRequest.count({ where: { accountId: account.id } })).toBe(1);
  expect(await db.attachment.count({ where: { accountId: account.id } })).toBe(1);
});

test("five files of 9 MB each, 45 MB in one message, are all accepted", async ({ page }) => {
  const { owner, account } = await createSubscriber();
  await login(page, owner.login);
  await fillRequest(page, "Пять файлов по девять мегабайт");
  const nine = 9 * 1024 * 1024;
  await page.getByLabel("Файлы").setInputFiles(
    [1, 2, 3, 4, 5].map((n) => ({ name: `скан-${n}.pdf`, mimeType: "application/pdf", buffer: pdfOfSize(nine, `scan ${n}`) })),
  );
  await page.getByRole("button", { name: "Отправить заявление" }).click();
  await expect(page).toHaveURL(/\/requests\/(?!new$)[a-z0-9]+$/, { timeout: 90_000 });
  for (const n of [1, 2, 3, 4, 5]) await expect(page.getByRole("link", { name: `скан-${n}.pdf` })).toBeVisible();
  const stored = await db.attachment.findMany({ where: { accountId: account.id }, select: { size: true } });
  expect(stored.map((a) => a.size)).toEqual([nine, nine, nine, nine, nine]);
});
