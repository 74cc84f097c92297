import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { db } from "./fixtures/db";
import { login } from "./fixtures/login";
import { createPerson } from "./fixtures/people";
import { DEMO_PASSWORD } from "./cabinet/fixtures";
import { ROUTE_MATRIX, type TMatrixIds, type TRouteEntry } from "./fixtures/route-matrix";

// Every screen, at 1280 and at 360 px: no horizontal overflow of the page (wide tables
// scroll inside their own region, which the keyboard can reach), and no violation axe-core
// finds under WCAG 2.2 A and AA. The screens come from the route tree's table
// (e2e/fixtures/route-matrix.ts, kept complete by test/route-matrix.test.ts): a new page is
// checked without a line here. The cabinet is the demo postpaid company with its history
// (tables full of figures), read only; the console is a fresh administrator; the trial and
// the wizard a fresh person without a contract.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const WIDTHS = [
  { name: "1280 px", width: 1280, height: 800 },
  { name: "360 px", width: 360, height: 740 },
];

const PAGES = Object.entries(ROUTE_MATRIX)
  .filter(([, entry]) => entry.kind === "page")
  .map(([file, entry]) => ({ file, ...entry }));
// Whose screens: the trial and the wizard belong to a person without a contract; the two
// screens shown before everything else only open in their state, and are covered by
// their own specs.
const TRIAL_PATHS = /^\/(trial|accession)/;
const SKIPPED = new Set(["app/(cabinet)/agreement-update/page.tsx", "app/(cabinet)/account-closed/page.tsx"]);
const groups: Record<string, (TRouteEntry & { file: string })[]> = {
  public: PAGES.filter((p) => p.access.kind === "public"),
  cabinet: PAGES.filter((p) => (p.access.kind === "account" || p.access.kind === "person") && !SKIPPED.has(p.file) && !TRIAL_PATHS.test(p.path(NO_IDS()))),
  trial: PAGES.filter((p) => p.access.kind === "person" && TRIAL_PATHS.test(p.path(NO_IDS()))),
  console: PAGES.filter((p) => p.access.kind === "staff" || p.access.kind === "loopback"),
};

function NO_IDS(): TMatrixIds {
  return { accountId: "-", memberId: "-", documentId: "-", attachmentId: "-", requestId: "-", subscriberId: "-" };
}

// The ids of the demo company's own rows, for the pages that show one.
async function demoIds(): Promise<TMatrixIds> {
  const owner = await db.user.findUniqueOrThrow({ where: { loginKey: "alogistic" }, select: { id: true } });
  const membership = await db.membership.findFirstOrThrow({ where: { userId: owner.id, role: "OWNER" }, include: { account: true } });
  const accountId = membership.accountId;
  const member = await db.membership.findFirstOrThrow({ where: { accountId, role: "MEMBER" } });
  const document = await db.document.findFirstOrThrow({ where: { accountId }, orderBy: { issuedAt: "desc" } });
  const request = await db.supportRequest.findFirst({ where: { accountId }, orderBy: { createdAt: "desc" } });
  return {
    accountId,
    memberId: member.userId,
    documentId: document.id,
    attachmentId: "-",
    requestId: request?.id ?? "-",
    subscriberId: membership.account.subscriberId,
  };
}

async function problemsOf(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.waitForLoadState("load");
  const problems: string[] = [];
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`${path}: the page is ${overflow} px wider than the screen`);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of violations) {
    const where = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(" "))
      .join("; ");
    problems.push(`${path}: ${v.id} (${v.impact}): ${v.help} [${v.nodes.length}× — ${where}]`);
  }
  return problems;
}

for (const width of WIDTHS) {
  for (const [group, pages] of Object.entries(groups)) {
    test(`${group} screens at ${width.name}: no overflow, no axe violation`, async ({ page }) => {
      test.setTimeout(45_000 + pages.length * 12_000);
      await page.setViewportSize({ width: width.width, height: width.height });
      let ids = NO_IDS();
      if (group === "cabinet") {
        ids = await demoIds();
        await login(page, "alogistic", DEMO_PASSWORD);
      } else if (group === "trial") {
        const person = await createPerson({ prefix: "screens" });
        await login(page, person.login);
      } else if (group === "console") {
        const admin = await createPerson({ staffRole: "ADMIN", prefix: "screens-admin" });
        await login(page, admin.login);
        ids = await demoIds();
      }
      const problems: string[] = [];
      for (const entry of pages) problems.push(...(await problemsOf(page, entry.path(ids))));
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
}
