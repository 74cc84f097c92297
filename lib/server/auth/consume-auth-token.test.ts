import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";
import { createUser } from "@/test/factories";
import { issueAuthToken } from "./issue-auth-token";
import { consumeAuthToken, peekAuthToken } from "./consume-auth-token";
import { clock } from "@/lib/clock";

const tokenOf = (url: string) => url.split("/").pop()!;

describe("issuing and using single-use links", () => {
  it("stores only the hash and builds the absolute link", async () => {
    const user = await createUser();
    const { url, expiresAt } = await issueAuthToken(user.id, "ACTIVATION");
    expect(url).toMatch(/^https?:\/\/[^/]+\/activate\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(url);
    const row = await db.authToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(expiresAt.getTime() - clock.nowMs()).toBeGreaterThan(23.9 * 3600_000);
  });

  it("works exactly once: the second use is told it was used", async () => {
    const user = await createUser();
    const token = tokenOf((await issueAuthToken(user.id, "EMAIL_CHANGE", { payload: { newEmail: "new@test.kz" } })).url);
    expect(await peekAuthToken(token, "EMAIL_CHANGE")).toMatchObject({ state: "valid", userId: user.id });
    const first = await db.$transaction((tx) => consumeAuthToken(tx, token, "EMAIL_CHANGE"));
    expect(first).toEqual({ state: "valid", userId: user.id, payload: { newEmail: "new@test.kz" } });
    const second = await db.$transaction((tx) => consumeAuthToken(tx, token, "EMAIL_CHANGE"));
    expect(second).toEqual({ state: "used", userId: user.id });
    expect((await peekAuthToken(token, "EMAIL_CHANGE")).state).toBe("used");
  });

  it("refuses an expired link", async () => {
    const user = await createUser();
    const token = tokenOf((await issueAuthToken(user.id, "PASSWORD_RESET")).url);
    await db.authToken.update({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(clock.nowMs() - 1000) } });
    expect((await peekAuthToken(token, "PASSWORD_RESET")).state).toBe("expired");
    expect((await db.$transaction((tx) => consumeAuthToken(tx, token, "PASSWORD_RESET"))).state).toBe("expired");
    expect((await db.authToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).usedAt).toBeNull();
  });

  it("does not know a made-up link, nor a link used for another purpose", async () => {
    const user = await createUser();
    const token = tokenOf((await issueAuthToken(user.id, "PASSWORD_RESET")).url);
    expect((await peekAuthToken("x".repeat(43), "PASSWORD_RESET")).state).toBe("unknown");
    expect((await peekAuthToken(token, "ACTIVATION")).state).toBe("unknown");
    expect((await db.$transaction((tx) => consumeAuthToken(tx, token, "EMAIL_CHANGE"))).state).toBe("unknown");
    expect((await peekAuthToken(token, "PASSWORD_RESET")).state).toBe("valid");
  });

  it("replaces the older link of the same purpose when a new one is sent", async () => {
    const user = await createUser();
    const older = tokenOf((await issueAuthToken(user.id, "ACTIVATION")).url);
    const reset = tokenOf((await issueAuthToken(user.id, "PASSWORD_RESET")).url);
    const newer = tokenOf((await issueAuthToken(user.id, "ACTIVATION")).url);
    expect((await peekAuthToken(older, "ACTIVATION")).state).toBe("used");
    expect((await peekAuthToken(newer, "ACTIVATION")).state).toBe("valid");
    expect((await peekAuthToken(reset, "PASSWORD_RESET")).state).toBe("valid");
  });
});
