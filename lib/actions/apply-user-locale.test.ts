import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actAs } from "@/test/auth";
import { createUser } from "@/test/factories";
import { testRequest } from "@/test/setup";
import { applyUserLocale } from "./apply-user-locale";

describe("the language at sign-in", () => {
  beforeEach(() => {
    actAs(null);
    testRequest.cookies.clear();
  });

  it("refuses a signed-out caller", async () => {
    expect(await applyUserLocale({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("gives a browser without a chosen language the person's stored one", async () => {
    const user = await db.user.update({ where: { id: (await createUser()).id }, data: { locale: "kk" } });
    actAs(user);
    expect(await applyUserLocale({})).toEqual({ ok: true, data: { locale: "kk", isChanged: true } });
    expect(testRequest.cookies.get("NEXT_LOCALE")).toBe("kk");
  });

  it("leaves a language chosen in this browser alone", async () => {
    const user = await db.user.update({ where: { id: (await createUser()).id }, data: { locale: "kk" } });
    actAs(user);
    testRequest.cookies.set("NEXT_LOCALE", "en");
    expect(await applyUserLocale({})).toEqual({ ok: true, data: { locale: "en", isChanged: false } });
    expect(testRequest.cookies.get("NEXT_LOCALE")).toBe("en");
  });
});
