import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { randomInt } from "node:crypto";
import { db } from "../fixtures/db";
import { loginWithForm } from "../fixtures/login";
import { PASSWORD, createPerson, createSubscriber } from "../fixtures/people";
import { clock } from "../../lib/clock";

// Two web instances of one build on one PostgreSQL (scripts/cluster.mjs), as behind a load
// balancer: whatever one instance learns about a client, the other must know too.
const [A, B] = (process.env.CLUSTER_URLS ?? "http://127.0.0.1:3201,http://127.0.0.1:3202").split(",");
const RATE_LIMIT = Number(process.env.RATE_LIMIT_PER_MINUTE ?? 40);
const BAD_CREDENTIALS = "Неверный логин или пароль";
const LOCKED = "Пять неверных паролей подряд: вход заблокирован на 15 минут. Подождите или восстановите пароль.";

const ownIp = () => `10.${randomInt(1, 255)}.${randomInt(255)}.${randomInt(1, 255)}`;

async function contextFromOwnIp(browser: Browser) {
  return browser.newContext({ locale: "ru-RU", extraHTTPHeaders: { "x-forwarded-for": ownIp() } });
}

async function tryLogin(page: Page, base: string, identifier: string, password: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Логин или email").fill(identifier);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
}

test("wrong passwords spread over both instances lock the login on both", async ({ browser }) => {
  const person = await createPerson({ prefix: "cluster-lock" });
  const onA = await (await contextFromOwnIp(browser)).newPage();
  const onB = await (await contextFromOwnIp(browser)).newPage();
  for (const [i, page] of [onA, onB, onA, onB, onA].entries()) {
    await tryLogin(page, page === onA ? A : B, person.login, `Wrong-Password-${i}`);
    await expect(page.getByTestId("login-form").getByRole("alert")).toHaveText(i < 4 ? BAD_CREDENTIALS : LOCKED);
  }
  // Five failures in all, three on A and two on B: the right password is refused on both.
  for (const [page, base] of [[onB, B], [onA, A]] as const) {
    await tryLogin(page, base, person.login, PASSWORD);
    await expect(page.getByTestId("login-form").getByRole("alert")).toHaveText(LOCKED);
    await expect(page).toHaveURL(/\/login/);
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: person.id } });
  expect(user.lockedUntil!.getTime()).toBeGreaterThan(clock.nowMs() + 14 * 60_000);
  const attempts = await db.loginAttempt.findMany({ where: { userId: person.id }, orderBy: { createdAt: "asc" }, select: { result: true } });
  expect(attempts.map((a) => a.result)).toEqual([...Array(5).fill("BAD_CREDENTIALS"), "LOCKED", "LOCKED"]);
});

test("a bulk client spread over both instances meets one budget: 429 after the shared limit", async () => {
  const client = await playwrightRequest.newContext({ extraHTTPHeaders: { "x-forwarded-for": ownIp() } });
  const statuses: number[] = [];
  for (let i = 0; i < RATE_LIMIT + 6; i++) {
    const response = await client.get(`${i % 2 ? B : A}/login`, { maxRedirects: 0 });
    statuses.push(response.status());
  }
  // Each instance alone saw only half the budget: with counters per process neither would refuse.
  expect(statuses.slice(0, RATE_LIMIT).every((s) => s === 200), statuses.join(",")).toBe(true);
  expect(statuses.slice(RATE_LIMIT), statuses.join(",")).toEqual(Array(6).fill(429));
  // Another client is not affected.
  const other = await playwrightRequest.newContext({ extraHTTPHeaders: { "x-forwarded-for": ownIp() } });
  expect((await other.get(`${B}/login`)).status()).toBe(200);
  await client.dispose();
  await other.dispose();
});

test("a session ended on one instance is refused on the other", async ({ browser }) => {
  const { owner } = await createSubscriber();
  const context = await contextFromOwnIp(browser);
  const page = await context.newPage();
  await loginWithForm(page, owner.login);
  // The session cookie is the host's, so both instances see it: B knows the session A opened.
  await page.goto(`${B}/dashboard`);
  await expect(page).toHaveURL(`${B}/dashboard`);
  const stolen = await context.storageState();

  // Logging out on A revokes the session's row; the same token replayed on B is refused.
  await page.goto(`${A}/profile`);
  await page.getByTestId("logout").click();
  await expect(page).toHaveURL(/\/login/);
  const replay = await browser.newContext({ locale: "ru-RU", storageState: stolen, extraHTTPHeaders: { "x-forwarded-for": ownIp() } });
  const again = await replay.newPage();
  await again.goto(`${B}/dashboard`);
  await expect(again).toHaveURL(/\/login/);
  const session = await db.session.findFirstOrThrow({ where: { userId: owner.id }, orderBy: { createdAt: "desc" } });
  expect(session.revokedAt).not.toBeNull();
  await context.close();
  await replay.close();
});
