import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { createSubscriber } from "../fixtures/people";
import { db } from "../fixtures/db";
import { eicarBytes } from "../../test/fixtures/clamav/eicar";
import { clamdAnswers, storedFiles } from "./upload-fixtures";

test("uploading the EICAR test file is refused and nothing is stored", async ({ page }) => {
  expect(await clamdAnswers(), "the test clamd must be running (scripts/e2e.mjs starts it; scripts/clamav-setup.sh installs ClamAV)").toBe(true);
  const eicar = eicarBytes(); // made at run time: no infected file in the repository
  const { owner, account } = await createSubscriber();
  await login(page, owner.login);
  await page.goto("/requests/new");
  await page.getByLabel("Тема").fill("Проверка антивируса");
  await page.getByLabel("Текст заявления").fill("Тестовый файл EICAR");
  await page.getByLabel("Файлы").setInputFiles({ name: "eicar.txt", mimeType: "text/plain", buffer: eicar });
  await page.getByRole("button", { name: "Отправить заявление" }).click();

  await expect(page.getByTestId("files-error")).toContainText(/«eicar\.txt» не принят: антивирус нашёл в нём вредоносную программу/);
  await expect(page).toHaveURL(/\/requests\/new$/);
  expect(await db.supportRequest.count({ where: { accountId: account.id } })).toBe(0);
  expect(await db.attachment.count({ where: { accountId: account.id } })).toBe(0);
  expect(storedFiles().some((bytes) => bytes.equals(eicar))).toBe(false);
  const audit = await db.auditLog.findFirst({ where: { accountId: account.id, action: "attachment.infected_refused" } });
  expect(audit?.outcome).toBe("DENIED");
});
