import { expect, test } from "@playwright/test";
import { login } from "./fixtures/login";
import { DEMO_PASSWORD } from "./cabinet/fixtures";

// A page's HTML is what the server renders for every view and a phone downloads and parses:
// its markup and, inlined, its RSC payload, each as long as the page's elements and their
// classes. For the seeded owner of ТОО «Астана Логистик» (a full page of documents, a month
// of usage) it is deterministic; a change that repeats a row's cells for the phone or sends
// a component's markup twice fails here. Lower a ceiling when a page shrinks.
// Measured 2026-12-07: 52.5, 84.3 and 53.7 KB; the ceilings leave about a tenth for data that
// other specs add to the account while they run.
const CEILINGS_KB: Record<string, number> = { "/dashboard": 58, "/documents": 94, "/statistics": 60 };

test("the cabinet's pages stay within their HTML budget", async ({ page }) => {
  await login(page, "alogistic", DEMO_PASSWORD);
  const sizes: string[] = [];
  for (const [path, ceiling] of Object.entries(CEILINGS_KB)) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const kb = (await response.body()).length / 1024;
    sizes.push(`${path} ${kb.toFixed(1)} KB (ceiling ${ceiling} KB)`);
    expect.soft(kb, `${path}: ${kb.toFixed(1)} KB of HTML`).toBeLessThanOrEqual(ceiling);
  }
  console.log(sizes.join("; "));
});
