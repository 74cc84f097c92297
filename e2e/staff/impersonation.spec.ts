import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { latestMail } from "../fixtures/mailbox";
import { login } from "../fixtures/login";
import { createSubscriber } from "../fixtures/people";
import { actionId, callAction, expectActionRefused } from "../fixtures/direct-action";
import { createStaff, expectAuditRow, freeBin } from "./staff-fixtures";
import { clock } from "../../lib/clock";

test("a customer gets 404 on the staff console, and the attempt is logged", async ({ page }) => {
  const { owner } = await createSubscriber();
  await login(page, owner.login);
  const response = await page.goto("/staff");
  expect(response!.status()).toBe(404);
  await expectAuditRow({ actorId: owner.id, action: "access.denied", objectType: "page:staff", outcome: "DENIED" });
});

test("staff land in the console after signing in, and a cabinet page without an account sends them back there", async ({ page }) => {
  const admin = await createStaff("ADMIN");
  await login(page, admin.login, undefined, /\/staff$/);
  await expect(page.getByLabel("Что ищем")).toBeVisible();
  for (const path of ["/", "/dashboard", "/trial", "/accession", "/finance"]) {
    await page.goto(path);
    await expect(page, `${path} for staff`).toHaveURL(/\/staff$/);
  }
  // The login page of someone already signed in forwards them the same way.
  await page.goto("/login");
  await expect(page).toHaveURL(/\/staff$/);
});

test("support finds a subscriber and views the cabinet as its users, read-only; the owner's log gets every view", async ({ page, baseURL }) => {
  const { subscriber, account, owner, member } = await createSubscriber({ memberPermissions: ["finance.read", "notices.read"] });
  const support = await createStaff("SUPPORT");
  // Staff land in their console after signing in, not in the trial cabinet.
  await login(page, support.login, undefined, /\/staff$/);

  // Found by a user's email and by the BIN.
  await page.getByLabel("Что ищем").fill(member!.email);
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page.getByTestId("search-results")).toContainText(subscriber.name);
  await page.getByLabel("Что ищем").fill(subscriber.taxId);
  await page.getByRole("button", { name: "Найти" }).click();
  await page.getByRole("link", { name: subscriber.name }).click();
  await expect(page.getByTestId("requisites")).toContainText(subscriber.taxId);
  await expect(page.getByTestId(`account-${account.number}`)).toContainText(member!.email);

  // View as the member: the cabinet as they see it, under the banner.
  const form = page.getByTestId(`impersonate-form-${account.id}`);
  await form.getByLabel("Пользователь").selectOption({ label: `${member!.name} (пользователь)` });
  await form.getByLabel("Цель просмотра").fill("Заявление 17");
  await form.getByRole("button", { name: "Смотреть как пользователь" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("impersonation-banner")).toContainText(support.name);
  await expect(page.getByTestId("impersonation-banner")).toContainText(member!.name);
  await expect(page.getByTestId("dashboard-greeting")).toContainText(member!.name);
  await page.getByTestId("stop-impersonation").click();
  await expect(page).toHaveURL(/\/staff$/);

  // View as the owner: the change is disabled on the screen, and a change sent anyway (a
  // hand-made request) is refused on the server; nothing changes.
  await page.goto(`/staff/subscribers/${subscriber.id}`);
  await form.getByLabel("Пользователь").selectOption({ label: `${owner.name} (владелец)` });
  await form.getByLabel("Цель просмотра").fill("Заявление 18: настройки доступа");
  await form.getByRole("button", { name: "Смотреть как пользователь" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/provider-access");
  await expect(page.getByTestId("consent-switch")).toBeDisabled();
  await expect(page.getByTestId("read-only-note")).toBeVisible();
  const consentId = actionId("lib/actions/set-provider-access-consent.ts", "setProviderAccessConsent");
  expect(consentId).not.toBeNull();
  await expectActionRefused(await callAction(page.request, baseURL!, consentId!, { accountId: account.id, isRequired: true }), ["READ_ONLY"]);
  expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).providerAccessConsent).toBe(false);
  // An in-app navigation is recorded too.
  await page.locator('header a[href="/dashboard"]:visible').first().click();
  await expect(page).toHaveURL(/\/dashboard$/);

  const imp = await db.impersonation.findFirstOrThrow({ where: { staffId: support.id, targetUserId: owner.id } });
  const rowsOf = (action: string, extra: Record<string, unknown> = {}) => ({
    action,
    impersonationId: imp.id,
    accountId: account.id,
    actorId: support.id,
    subjectUserId: owner.id,
    ...extra,
  });
  await expectAuditRow(rowsOf("impersonation.start"));
  await expectAuditRow(rowsOf("impersonation.view", { objectId: "/provider-access" }));
  await expectAuditRow(rowsOf("impersonation.mutation_refused", { outcome: "DENIED" }));
  await expect
    .poll(() => db.auditLog.count({ where: rowsOf("impersonation.view", { objectId: "/dashboard" }) }), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(2);
  // The member's view was logged on the same account, for the owner to read.
  await expectAuditRow({ action: "impersonation.view", accountId: account.id, actorId: support.id, subjectUserId: member!.id });

  // Back on the subscriber card, the log reads in words, not in action codes.
  await page.getByTestId("stop-impersonation").click();
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto(`/staff/subscribers/${subscriber.id}`);
  const cardAudit = page.getByTestId("card-audit");
  await expect(cardAudit.locator('tr[data-action="impersonation.view"]').first()).toContainText("Просмотр страницы сотрудником провайдера");
  await expect(cardAudit.locator('tr[data-action="impersonation.start"]').first()).toContainText("Начало просмотра сотрудником провайдера");
  await expect(cardAudit).not.toContainText("impersonation.view");
});

test("support registers a subscriber; its owner gets the activation link; the same BIN twice is refused", async ({ page }) => {
  const support = await createStaff("SUPPORT");
  await login(page, support.login);
  await page.goto("/staff/subscribers/new");
  const bin = await freeBin();
  const ownerEmail = `new-owner-${clock.nowMs()}@e2e.kz`;
  const fill = async () => {
    await page.getByLabel("БИН или ИИН").fill(bin);
    await page.getByLabel("Полное наименование").fill("Товарищество с ограниченной ответственностью «Каспий Дата»");
    await page.getByLabel("Краткое наименование").fill("ТОО «Каспий Дата»");
    await page.getByLabel("Юридический адрес").fill("130000, Актау, 14-й мкр., 5");
    await page.getByLabel("Почтовый адрес").fill("130000, Актау, 14-й мкр., 5");
    await page.getByLabel("IBAN (KZ…)").fill("KZ29 7220 0000 0001 2345");
    await page.getByLabel("БИК банка").fill("caspkzka");
    await page.getByLabel("Контактное лицо").fill("Айдана Сериккызы");
    await page.getByLabel("Email для документов").fill("buh@caspian-data.kz");
    await page.getByLabel("Телефон", { exact: true }).fill("+7 701 555 44 33");
    await page.getByLabel("Email владельца").fill(ownerEmail);
    await page.getByLabel("ФИО владельца").fill("Айдана Сериккызы");
    await page.getByLabel("Телефон владельца").fill("87015554433");
    await page.getByLabel("Метод расчётов").selectOption("POSTPAID");
  };
  await fill();
  await page.getByRole("button", { name: "Зарегистрировать" }).click();
  await expect(page).toHaveURL(/\/staff\/subscribers\/[^/?]+\?registered=new/);
  await expect(page.getByText("Владельцу отправлено письмо со ссылкой активации.")).toBeVisible();

  const subscriber = await db.subscriber.findUniqueOrThrow({ where: { taxId: bin }, include: { accounts: true } });
  expect(subscriber.contractNumber).toMatch(/^KMP-\d{4}-\d{6}$/);
  const owner = await db.user.findUniqueOrThrow({ where: { email: ownerEmail } });
  expect(owner.status).toBe("PENDING");
  // The mail worker delivers the queued mail moments after the page answers.
  const mail = await latestMail(ownerEmail, "staff-activation");
  expect(mail.text).toMatch(/\/activate\/[A-Za-z0-9_-]+/);
  expect(mail.text).toContain(subscriber.contractNumber);

  await page.goto("/staff/subscribers/new");
  await fill();
  await page.getByRole("button", { name: "Зарегистрировать" }).click();
  await expect(page.getByText("Абонент с таким БИН/ИИН уже зарегистрирован")).toBeVisible();
  expect(await db.subscriber.count({ where: { taxId: bin } })).toBe(1);
});
