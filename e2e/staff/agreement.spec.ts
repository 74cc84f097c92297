import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { db } from "../fixtures/db";
import { createSubscriber } from "../fixtures/people";
import { createStaff, pageFor } from "./staff-fixtures";
import { clock } from "../../lib/clock";

const DAY = 86_400_000;

test("an administrator publishes a new agreement version; a customer sees what changed, continues, and consent is recorded", async ({ browser }) => {
  // A customer since forty days ago, who accepted the version then in force. The new
  // version takes effect thirty days ago: between the two, so only people who last agreed
  // before it are asked (this spec's customer, not the other specs' fresh ones).
  const { owner } = await createSubscriber();
  const since = new Date(clock.nowMs() - 40 * DAY);
  await db.user.update({ where: { id: owner.id }, data: { activatedAt: since, createdAt: since } });
  const previous = await db.agreementVersion.findFirstOrThrow({ where: { kind: "AGREEMENT", effectiveAt: { lte: since } }, orderBy: { effectiveAt: "desc" } });
  await db.agreementAcceptance.create({ data: { userId: owner.id, versionId: previous.id, method: "REGISTRATION", acceptedAt: since } });

  const admin = await createStaff("ADMIN");
  const adminPage = await pageFor(browser, admin);
  await adminPage.goto("/staff/agreements");
  const version = `${Number(previous.version.split(".")[0]) + 1}.${randomUUID().slice(0, 4)}`;
  const form = adminPage.getByTestId("agreement-form");
  // The form fills in the suggested number and the text in force once it runs in the page:
  // what is typed before that would be overwritten.
  await expect(form.getByLabel("Номер редакции")).toHaveValue(/^\d+\.\d+$/);
  await form.getByLabel("Номер редакции").fill(version);
  const effective = new Date(clock.nowMs() - 30 * DAY + 5 * 3600_000).toISOString().slice(0, 10);
  await form.getByLabel("Вступает в силу").fill(effective);
  const addition = {
    Русский: "\n\n## 9. Уведомления по SMS\n9.1. Провайдер вправе направлять уведомления о профилактике по SMS на телефон владельца.",
    Қазақша: "\n\n## 9. SMS хабарламалары\n9.1. Провайдер профилактика туралы хабарламаларды иесінің телефонына SMS арқылы жібере алады.",
    English: "\n\n## 9. SMS notices\n9.1. The Provider may send maintenance notices by SMS to the owner's phone.",
  };
  for (const [lang, text] of Object.entries(addition)) {
    const body = form.getByRole("group", { name: lang }).getByLabel("Текст");
    await body.fill((await body.inputValue()) + text);
  }
  await form.getByRole("button", { name: "Опубликовать редакцию" }).click();
  await expect(adminPage.getByText(`Редакция ${version} опубликована`)).toBeVisible();
  const published = await db.agreementVersion.findUniqueOrThrow({ where: { kind_version: { kind: "AGREEMENT", version } } });

  try {
    const ownerPage = await pageFor(browser, owner, /\/agreement-update/);
    await expect(ownerPage.getByRole("heading", { name: "Соглашение изменилось" })).toBeVisible();
    await expect(ownerPage.getByText(`Что изменилось по сравнению с редакцией ${previous.version}`)).toBeVisible();
    await expect(ownerPage.getByTestId("agreement-diff").locator("ins").first()).toContainText("Уведомления по SMS");
    // Nothing is recorded until the customer continues.
    expect(await db.agreementAcceptance.count({ where: { userId: owner.id, versionId: published.id } })).toBe(0);
    await ownerPage.getByTestId("agreement-continue").click();
    await expect(ownerPage).toHaveURL(/\/dashboard$/);
    const acceptance = await db.agreementAcceptance.findFirstOrThrow({ where: { userId: owner.id, versionId: published.id } });
    expect(acceptance.method).toBe("CONTINUED_USE");
    await ownerPage.goto("/dashboard");
    await expect(ownerPage).toHaveURL(/\/dashboard$/);
  } finally {
    // Leave the shared database as other specs expect it: the version goes unless someone
    // else has accepted it meanwhile.
    await db.agreementAcceptance.deleteMany({ where: { userId: owner.id, versionId: published.id } });
    if ((await db.agreementAcceptance.count({ where: { versionId: published.id } })) === 0) {
      await db.agreementVersion.delete({ where: { id: published.id } });
    }
  }
});

test("a support member cannot open the agreement, billing, notices or maintenance screens", async ({ browser }) => {
  const support = await createStaff("SUPPORT");
  const page = await pageFor(browser, support);
  for (const path of ["/staff/agreements", "/staff/billing", "/staff/notices", "/staff/maintenance"]) {
    expect((await page.goto(path))!.status(), path).toBe(404);
  }
});
