import { expect, test } from "@playwright/test";
import { login } from "../fixtures/login";
import { createSubscriber } from "../fixtures/people";
import { seedRequestWithAttachment } from "./upload-fixtures";

test("another account's attachment and request give 404; the owner's own download works", async ({ browser }) => {
  const victim = await createSubscriber();
  const { request, attachment, bytes } = await seedRequestWithAttachment(victim.account.id, victim.owner.id);
  const { owner: stranger } = await createSubscriber();

  const page = await browser.newPage();
  await login(page, stranger.login);
  const foreign = await page.request.get(`/api/attachments/${attachment.id}`);
  expect(foreign.status()).toBe(404);
  expect(await foreign.text()).not.toContain("%PDF");
  const response = await page.goto(`/requests/${request.id}`);
  expect(response?.status()).toBe(404);

  const own = await browser.newPage();
  await login(own, victim.owner.login);
  const download = await own.request.get(`/api/attachments/${attachment.id}`);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
});

test("a member without the requests grant is refused; a customer does not see the staff console", async ({ page }) => {
  const { member } = await createSubscriber({ memberPermissions: ["finance.read"] });
  await login(page, member!.login);
  await expect(page.getByRole("link", { name: "Заявления" })).toHaveCount(0);
  await page.goto("/requests");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await page.goto("/requests/new");
  await expect(page.getByTestId("forbidden")).toBeVisible();
  const staff = await page.goto("/staff/requests");
  expect(staff?.status()).toBe(404);
});
