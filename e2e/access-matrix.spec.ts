import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { db } from "./fixtures/db";
import { login } from "./fixtures/login";
import { createPerson, createSubscriber } from "./fixtures/people";
import { actionId, callAction, expectActionRefused } from "./fixtures/direct-action";
import { clock } from "../lib/clock";
import { ROUTE_MATRIX } from "./fixtures/route-matrix";

// Every cabinet route, route handler and owner action, tried by (a) a member of the account
// who lacks the grant and (b) a user of another account (who also forges the cookie that
// picks the account). Each must be refused and no data of the account may appear.
// Routes of features merged from other branches answer 404 until they exist here.

const ALL_GRANTS = ["finance.read", "finance.manage", "documents.read", "statistics.read", "services.read", "services.manage", "requests.manage", "notices.read"];

type TData = Awaited<ReturnType<typeof seedAccount>>;

// Generated from the route tree's table (e2e/fixtures/route-matrix.ts, kept complete by
// test/route-matrix.test.ts).
const ENTRIES = Object.entries(ROUTE_MATRIX).map(([file, entry]) => ({ file, ...entry }));
const ACCOUNT_ROUTES = ENTRIES.flatMap((e) => (e.access.kind === "account" ? [{ ...e, needs: e.access.needs }] : []));
const ROUTES = ACCOUNT_ROUTES;
const PERSON_ROUTES = ENTRIES.filter((e) => e.access.kind === "person");
const STAFF_ROUTES = ENTRIES.filter((e) => e.access.kind === "staff");
const CLOSED_ROUTES = ENTRIES.filter((e) => e.access.kind === "closed");

// Owner actions called directly, with input aimed at the account under attack.
type TOwnerAction = { file: string; name: string; input: (d: TData) => Record<string, unknown> };
const OWNER_ACTIONS: TOwnerAction[] = [
  { file: "lib/actions/invite-member.ts", name: "inviteMemberAction", input: (d) => ({ accountId: d.accountId, email: `intruder-${randomUUID().slice(0, 6)}@e2e.kz`, name: "Чужой Человек", phone: "+77010000000", permissions: ALL_GRANTS }) },
  { file: "lib/actions/update-member-grants.ts", name: "updateMemberGrantsAction", input: (d) => ({ accountId: d.accountId, userId: d.memberId, permissions: ALL_GRANTS }) },
  { file: "lib/actions/set-member-status.ts", name: "setMemberStatusAction", input: (d) => ({ accountId: d.accountId, userId: d.memberId, status: "SUSPENDED", reason: "Нарушение правил" }) },
  { file: "lib/actions/remove-member.ts", name: "removeMemberAction", input: (d) => ({ accountId: d.accountId, userId: d.memberId, reason: "Нарушение правил" }) },
  { file: "lib/actions/resend-invitation.ts", name: "resendInvitationAction", input: (d) => ({ accountId: d.accountId, userId: d.memberId }) },
  { file: "lib/actions/transfer-ownership.ts", name: "transferOwnershipAction", input: (d) => ({ accountId: d.accountId, userId: d.memberId, password: "Correct-Horse-42" }) },
  { file: "lib/actions/set-require-totp.ts", name: "setRequireTotpAction", input: (d) => ({ accountId: d.accountId, requireTotp: true }) },
];

async function seedAccount() {
  const { account, owner, member, subscriber } = await createSubscriber({ memberPermissions: ["finance.read"] });
  const document = await db.document.create({
    data: {
      accountId: account.id,
      kind: "INVOICE",
      number: `MTX-${account.number}`,
      issuedAt: clock.now(),
      vatRateBp: 1600,
      amountNet: 500_000,
      amountVat: 80_000,
      amountGross: 580_000,
      status: "ISSUED",
    },
  });
  const attachment = await db.attachment.create({
    data: {
      accountId: account.id,
      fileName: `secret-${account.number}.pdf`,
      mimeType: "application/pdf",
      size: 10,
      sha256: "0".repeat(64),
      storageKey: `matrix/${randomUUID()}`,
      scanStatus: "CLEAN",
      uploadedById: owner.id,
    },
  });
  const request = await db.supportRequest.create({
    data: { number: `REQ-M-${account.number}`, accountId: account.id, topic: "QUESTION", subject: `secret-${account.number}`, createdById: owner.id },
  });
  return {
    accountId: account.id,
    memberId: member!.id,
    documentId: document.id,
    attachmentId: attachment.id,
    requestId: request.id,
    subscriberId: subscriber.id,
    // What must never reach an outsider.
    secrets: [account.number, subscriber.name, subscriber.shortName, subscriber.contractNumber, subscriber.taxId, owner.email, member!.email, document.number],
  };
}

async function state(d: TData) {
  const [memberships, account] = await Promise.all([
    db.membership.findMany({ where: { accountId: d.accountId }, orderBy: { id: "asc" }, select: { userId: true, role: true, status: true, permissions: true } }),
    db.account.findUniqueOrThrow({ where: { id: d.accountId }, select: { requireTotp: true } }),
  ]);
  return { memberships, account };
}

function expectNoLeak(body: string, d: TData, where: string) {
  for (const secret of d.secrets) expect(body.includes(secret), `${where} shows ${secret}`).toBe(false);
}

async function signIn(browser: Browser, identifier: string): Promise<Page> {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await login(page, identifier);
  return page;
}

// A member of the account holding every grant but the ones a route needs.
async function memberWithout(d: TData, needs: string[]) {
  const person = await createPerson({ prefix: "matrix" });
  await db.membership.create({
    data: { userId: person.id, accountId: d.accountId, role: "MEMBER", permissions: JSON.stringify(ALL_GRANTS.filter((g) => !needs.includes(g))) },
  });
  return person;
}

// The routes spread over both workers (each seeds its own account to attack).
test.describe.configure({ mode: "parallel" });

let data: TData;
test.beforeAll(async () => {
  data = await seedAccount();
});

test.describe("(a) a member of the account without the grant", () => {
  for (const route of ROUTES.filter((r) => r.needs.length)) {
    test(`${route.kind} ${route.file} needs ${route.needs.join(" or ")}`, async ({ browser }) => {
      const person = await memberWithout(data, route.needs);
      const page = await signIn(browser, person.login);
      const path = route.path(data);
      if (route.kind === "page") {
        const response = await page.goto(path);
        expect(response!.status(), path).toBe(403);
        await expect(page.getByTestId("forbidden")).toBeVisible();
        // The shell names the member's own account (number, short name); nothing else may show.
        expectNoLeak(await page.content(), { ...data, secrets: data.secrets.filter((_, i) => i !== 0 && i !== 2) }, path);
      } else {
        const response = await page.request.get(path, { maxRedirects: 0 });
        expect([403, 404], `${path} answered ${response.status()}`).toContain(response.status());
        expectNoLeak(await response.text(), data, path);
      }
      // The refusal is logged against this account (pages and handlers alike).
      await expect.poll(() => db.auditLog.count({ where: { actorId: person.id, outcome: "DENIED" } })).toBeGreaterThan(0);
      await page.context().close();
    });
  }

  test("owner actions called directly are refused and change nothing", async ({ browser, baseURL }) => {
    const person = await memberWithout(data, []);
    const page = await signIn(browser, person.login);
    for (const action of OWNER_ACTIONS) {
      const id = actionId(action.file, action.name);
      expect(id, `${action.file} is in the build`).not.toBeNull();
      const before = await state(data);
      const call = await callAction(page.request, baseURL!, id!, action.input(data));
      await expectActionRefused(call, ["FORBIDDEN"]);
      expect(await state(data), action.name).toEqual(before);
    }
    await page.context().close();
  });
});

test.describe("(b) a user of another account, forging the account cookie", () => {
  // One outsider for the whole group, and one test a route: a loop over every route in one
  // test outgrew the test timeout on a loaded CI machine.
  let outsider: Page;
  test.beforeAll(async ({ browser, baseURL }) => {
    const other = await createSubscriber();
    outsider = await signIn(browser, other.owner.login);
    await outsider.context().addCookies([{ name: "cabinet_account", value: data.accountId, url: baseURL! }]);
  });
  test.afterAll(async () => outsider?.context().close());

  for (const route of [...ROUTES, ...PERSON_ROUTES]) {
    test(`${route.kind} ${route.file} shows none of the account's data`, async () => {
      const path = route.path(data);
      if (route.kind === "page") {
        const response = await outsider.goto(path);
        expect(response!.status(), path).not.toBe(500);
        expectNoLeak(await outsider.content(), data, path);
      } else {
        const response = await outsider.request.get(path, { maxRedirects: 0 });
        // Their own exports are theirs; another account's document or file does not exist for them.
        if (/documents|attachments/.test(path)) expect([403, 404], `${path} answered ${response.status()}`).toContain(response.status());
        expectNoLeak((await response.body()).toString("latin1") + (await response.text()), data, path);
      }
    });
  }

  test("owner actions aimed at the account are refused as if it did not exist, and change nothing", async ({ baseURL }) => {
    for (const action of OWNER_ACTIONS) {
      const id = actionId(action.file, action.name)!;
      const before = await state(data);
      const call = await callAction(outsider.request, baseURL!, id, action.input(data));
      await expectActionRefused(call, ["NOT_FOUND"]);
      expectNoLeak(call.body, data, action.name);
      expect(await state(data), action.name).toEqual(before);
    }
  });
});

test.describe("(c) a stranger, signed out", () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  });
  test.afterAll(async () => page?.context().close());

  // The development mailbox is open to loopback, where these requests come from; its
  // refusal to others is e2e/auth/agreement-mailbox.spec.ts and read-outbox.test.ts.
  for (const route of ENTRIES.filter((e) => e.access.kind !== "public" && e.access.kind !== "loopback")) {
    test(`${route.kind} ${route.file} sends them to the login or answers 401/403/404, and shows nothing`, async () => {
      const path = route.path(data);
      if (route.kind === "page") {
        const response = await page.goto(path);
        const isAtLogin = new URL(page.url()).pathname === "/login";
        expect(isAtLogin || response!.status() === 404, `${route.file}: ${page.url()} ${response!.status()}`).toBe(true);
        expectNoLeak(await page.content(), data, path);
      } else {
        const response = await page.request.get(path, { maxRedirects: 0 });
        const isToLogin = [302, 303, 307].includes(response.status()) && /\/login/.test(response.headers().location ?? "");
        expect(isToLogin || [401, 403, 404].includes(response.status()), `${route.file} answered ${response.status()}`).toBe(true);
        expectNoLeak(await response.text(), data, path);
      }
    });
  }
});

test.describe("(d) a customer in the provider's console", () => {
  test("every console page is a 404 to the owner of an account, and the routes closed to everyone stay closed", async ({ browser }) => {
    const { owner } = await createSubscriber();
    const page = await signIn(browser, owner.login);
    for (const route of [...STAFF_ROUTES, ...CLOSED_ROUTES]) {
      const path = route.path(data);
      const response = route.kind === "page" ? await page.goto(path) : await page.request.get(path, { maxRedirects: 0 });
      expect(response!.status(), route.file).toBe(404);
      expectNoLeak(await response!.text(), data, path);
    }
    expect(await db.auditLog.count({ where: { actorId: owner.id, outcome: "DENIED" } })).toBeGreaterThan(0);
    await page.context().close();
  });
});
