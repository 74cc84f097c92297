import { afterAll, vi } from "vitest";

import { isLocalDatabaseUrl } from "../lib/env";

// The database test/global-setup.ts made for this run.
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL ?? "file:./data/unit_test.db";
process.env.DEV_MAILBOX = "1";

// Tests refuse to run against a database that is not local.
if (!isLocalDatabaseUrl(process.env.DATABASE_URL)) throw new Error("Unit tests run only on a local SQLite file or PostgreSQL");

// Next's request-scoped APIs, replaced by a controllable request for the tests.
export const testRequest = {
  headers: new Headers({ "user-agent": "vitest", "x-forwarded-for": "127.0.0.1" }),
  cookies: new Map<string, string>(),
};

vi.mock("next/headers", () => ({
  headers: async () => testRequest.headers,
  cookies: async () => ({
    get: (name: string) => (testRequest.cookies.has(name) ? { name, value: testRequest.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void testRequest.cookies.set(name, value),
    delete: (name: string) => void testRequest.cookies.delete(name),
    has: (name: string) => testRequest.cookies.has(name),
  }),
}));

// The signed-in person for the code under test: set with actAs() from test/auth.ts.
export const authState: { current: unknown } = { current: null };

vi.mock("@/lib/auth/session", () => ({
  getAuth: async () => authState.current,
}));

// next-intl's server functions read the request's config; the tests speak Russian.
vi.mock("next-intl/server", async () => {
  const { translatorFor } = await import("./translator");
  return {
    getLocale: async () => "ru",
    getTranslations: async (arg?: string | { namespace?: string; locale?: string }) =>
      translatorFor(typeof arg === "string" ? arg : arg?.namespace, typeof arg === "object" ? arg?.locale : undefined),
  };
});

// The files run one at a time on one database. A file's billing runs queue an alert mail per
// account and month (well over a thousand in a full run); left pending, the next file that
// delivers its own mail would render them all within its test's time. What a file leaves
// pending is set aside as sent when it ends.
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.mailJob.updateMany({ where: { status: "PENDING" }, data: { status: "SENT" } });
});
