import { expect, test } from "@playwright/test";
import { db } from "../fixtures/db";
import { login } from "../fixtures/login";
import { latestMail, linkIn } from "../fixtures/mailbox";
import { PASSWORD, createPerson, createSubscriber, uniqueEmail } from "../fixtures/people";
import { expectRefused, inviteUser, navLink } from "./helpers";
import { clock } from "../../lib/clock";

test.describe("inviting users", () => {
  test("the owner invites a new person: a PENDING user with the grants and a mail with a single-use activation link", async ({ page }) => {
    const { owner, subscriber, account } = await createSubscriber();
    await login(page, owner.login);
    const email = uniqueEmail("invitee");
    await inviteUser(page, { email, name: "Айгерим Тулегенова" }, "ACCOUNTANT");
    await expect(page).toHaveURL(/\/users\/c[a-z0-9]+\?invited=newPerson/);
    await expect(page.getByRole("status").filter({ hasText: `Приглашение отправлено на ${email}` })).toBeVisible();
    await expect(page.getByTestId("member-status")).toHaveText("Ожидает активации");

    const mail = await latestMail(email, "invitation");
    expect(mail.subject).toContain(owner.name);
    expect(mail.text).toContain(subscriber.name);
    expect(mail.text).toContain(account.number);
    expect(linkIn(mail, "activate")).toMatch(/^\/activate\/[A-Za-z0-9_-]{40,}$/);

    const person = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(person.status).toBe("PENDING");
    expect(person.memberships[0]).toMatchObject({ accountId: account.id, role: "MEMBER", permissions: '["documents.read","finance.manage","finance.read","notices.read"]' }); // the accountant preset
    expect(await db.authToken.count({ where: { userId: person.id, purpose: "ACTIVATION", usedAt: null } })).toBe(1);

    await page.goto("/users");
    const row = page.locator(`[data-testid=member-row][data-email="${email}"]`);
    await expect(row.getByTestId("member-status")).toHaveText("Ожидает активации");
    await expect(row.getByTestId("member-grants")).toContainText("Баланс и финансы");
  });

  // Needs the activation page (/activate/[token]) built in another branch: passes after the merge.
  test("invite → mail → activation → the new user sees only the granted screens", async ({ page, browser }) => {
    const { owner, subscriber } = await createSubscriber();
    await login(page, owner.login);
    const email = uniqueEmail("activate");
    await inviteUser(page, { email, name: "Ерболат Сейткали" }, "ACCOUNTANT");
    await expect(page).toHaveURL(/invited=newPerson/);
    const path = linkIn(await latestMail(email, "invitation"), "activate");

    const context = await browser.newContext({ locale: "ru-RU" });
    const invitee = await context.newPage();
    await invitee.goto(path);
    const login_ = `act${clock.nowMs().toString(36)}`;
    await invitee.getByLabel(/^Логин/).fill(login_);
    for (const input of await invitee.locator("input[type=password]").all()) await input.fill(PASSWORD);
    await invitee.locator("form button[type=submit]").click();
    await expect(invitee).toHaveURL(/\/(login|dashboard)/);
    if (/\/login/.test(invitee.url())) await login(invitee, login_);

    await expect(invitee.getByText(subscriber.shortName).first()).toBeVisible();
    await expect(navLink(invitee, "Финансы")).toBeVisible();
    await expect(navLink(invitee, "Документы")).toBeVisible();
    await expect(navLink(invitee, "Уведомления")).toBeVisible();
    for (const hidden of ["Услуги", "Статистика", "Заявления", "Пользователи", "Журнал действий"]) {
      await expect(navLink(invitee, hidden)).toHaveCount(0);
    }
    await expect((await invitee.goto("/finance"))!.status()).toBe(200);
    await expect((await invitee.goto("/documents"))!.status()).toBe(200);
    for (const path of ["/services", "/statistics", "/requests", "/users", "/audit"]) await expectRefused(invitee, path);
    await context.close();
  });

  test("a person who already has a login is added and told by mail; they keep their login", async ({ page, browser }) => {
    const { owner, subscriber } = await createSubscriber();
    const existing = await createPerson({ name: "Уже Зарегистрированный" });
    await login(page, owner.login);
    await inviteUser(page, { email: existing.email.toUpperCase(), name: "Другое Имя" }, "VIEWER");
    await expect(page).toHaveURL(/invited=existing/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(existing.name);
    const mail = await latestMail(existing.email, "added-to-account");
    expect(mail.text).toContain(subscriber.name);
    expect(await db.authToken.count({ where: { userId: existing.id } })).toBe(0);

    const context = await browser.newContext({ locale: "ru-RU" });
    const them = await context.newPage();
    await login(them, existing.login);
    await expect(them.getByText(subscriber.shortName).first()).toBeVisible();
    await expect(navLink(them, "Статистика")).toBeVisible();
    await context.close();
  });

  test("a duplicate or invalid email is refused on the field and nothing is created", async ({ page }) => {
    const { owner, member, account } = await createSubscriber({ memberPermissions: ["finance.read"] });
    await login(page, owner.login);
    await inviteUser(page, { email: member!.email, name: "Повторный Человек" });
    await expect(page.getByText("Этот человек уже есть среди пользователей кабинета")).toBeVisible();
    await expect(page).toHaveURL(/\/users\/new$/);
    // Every field of the form is required, the phone too, and is marked so.
    for (const label of ["Email", "Имя и фамилия", "Телефон"]) await expect(page.getByLabel(label)).toHaveAttribute("required");
    await expect(page.getByTestId("invite-form").getByTestId("required-mark")).toHaveCount(3);

    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Пригласить" }).click();
    await expect(page.getByText("Введите адрес электронной почты")).toBeVisible();
    expect(await db.membership.count({ where: { accountId: account.id } })).toBe(2);
  });

  test("a member without the right sees neither the users nor the audit log, and is refused at the door", async ({ page }) => {
    const { member } = await createSubscriber({ memberPermissions: ["finance.read", "documents.read", "services.manage", "statistics.read", "notices.read", "requests.manage", "services.read"] });
    await login(page, member!.login);
    await expect(navLink(page, "Пользователи")).toHaveCount(0);
    await expect(navLink(page, "Журнал действий")).toHaveCount(0);
    for (const path of ["/users", "/users/new", "/audit"]) {
      const response = await page.goto(path);
      expect(response!.status()).toBe(403);
      await expect(page.getByTestId("forbidden")).toBeVisible();
    }
    const csv = await page.request.get("/api/audit/export");
    expect(csv.status()).toBe(403);
    const denied = await db.auditLog.count({ where: { actorId: member!.id, action: "access.denied" } });
    expect(denied).toBeGreaterThanOrEqual(4);
  });
});
