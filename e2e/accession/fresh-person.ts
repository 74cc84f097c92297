import { expect, type Page } from "@playwright/test";
import { db } from "../fixtures/db";
import { uniqueEmail } from "../fixtures/people";
import { activationLinkFor, fillActivation, register, uniqueLogin } from "../auth/helpers";

// The wizard's specs start where a real newcomer does: registration at /register, the
// mailed activation link, a login and password, and the trial cabinet.
export async function registerFreshPerson(page: Page, prefix: string, name: string) {
  const email = uniqueEmail(prefix);
  const login = uniqueLogin(prefix);
  const since = await register(page, { email, name });
  await page.goto(await activationLinkFor(email, since));
  await fillActivation(page, login);
  await expect(page).toHaveURL(/\/trial/, { timeout: 20_000 });
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: user.id, email, login, name };
}
