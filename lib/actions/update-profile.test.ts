import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { useFreshIp } from "@/lib/server/auth/test-helpers";
import { actAs } from "@/test/auth";
import { createAccount, createUser } from "@/test/factories";
import { updateProfile } from "./update-profile";

describe("editing name and phone", () => {
  beforeEach(() => {
    actAs(null);
    useFreshIp();
  });

  it("refuses a signed-out caller", async () => {
    expect(await updateProfile({ name: "Кто-то", phone: "+77010000000" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("saves the changed fields and keeps a history row for each, with old, new, who and where", async () => {
    const user = await createUser(); // a trial user: no account needed for the profile
    actAs(user);
    const ip = useFreshIp();
    const result = await updateProfile({ name: "Айгерим Нурланова", phone: "8 (702) 111-22-33" });
    expect(result).toEqual({ ok: true, data: { changed: 2, name: "Айгерим Нурланова", phone: "+77021112233" } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Айгерим Нурланова", phone: "+77021112233" });
    const history = await db.profileChange.findMany({ where: { userId: user.id }, orderBy: { field: "asc" } });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.changedById, h.ip])).toEqual([
      ["name", user.name, "Айгерим Нурланова", user.id, ip],
      ["phone", user.phone, "+77021112233", user.id, ip],
    ]);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "profile.update" } })).toBe(1);
    // Saving the same values again changes nothing and writes no history.
    expect(await updateProfile({ name: "Айгерим Нурланова", phone: "+77021112233" })).toEqual({
      ok: true,
      data: { changed: 0, name: "Айгерим Нурланова", phone: "+77021112233" },
    });
    expect(await db.profileChange.count({ where: { userId: user.id } })).toBe(2);
  });

  it("shows field errors for bad input and saves nothing", async () => {
    const user = await createUser();
    actAs(user);
    expect(await updateProfile({ name: "A", phone: "+1 555 0100" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: "validation.name", phone: "validation.phone" },
    });
    expect(await db.profileChange.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses staff viewing the person's cabinet: impersonation is read-only", async () => {
    const { account, owner } = await createAccount();
    actAs(owner, { actor: await createUser({ staffRole: "SUPPORT" }), impersonation: { id: "imp-profile", accountId: account.id } });
    expect(await updateProfile({ name: "Сотрудник Поддержки", phone: "+77010000000" })).toMatchObject({ ok: false, code: "READ_ONLY" });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).name).toBe(owner.name);
  });
});
