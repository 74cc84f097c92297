import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { PASSWORD_ROUNDS, dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("checks an unknown login against a dummy of exactly the cost of a real hash", async () => {
    const real = await hashPassword("Steppe-Wind-2026");
    expect(bcrypt.getRounds(real)).toBe(PASSWORD_ROUNDS);
    expect(bcrypt.getRounds(await dummyPasswordHash())).toBe(bcrypt.getRounds(real));
    expect(await verifyPassword("Steppe-Wind-2026", null)).toBe(false);
    expect(await verifyPassword("Steppe-Wind-2026", real)).toBe(true);
  });

  it("asks for a new hash when a stored one has another cost", async () => {
    expect(needsRehash(await bcrypt.hash("x", 4))).toBe(true);
    expect(needsRehash(await hashPassword("x"))).toBe(false);
  });
});
