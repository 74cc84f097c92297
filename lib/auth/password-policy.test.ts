import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { isCommonPassword, passwordProblem, zNewPassword } from "./password-policy";
import { ZActivate } from "@/lib/schemas/activation";
import { ZChangePassword } from "@/lib/schemas/password";

describe("the password policy", () => {
  it("accepts a long password with letters and digits", () => {
    expect(passwordProblem("Steppe-Wind-2026")).toBeNull();
    expect(passwordProblem("Қазақстан2026жыл")).toBeNull(); // any script's letters count
  });

  it("wants at least 10 characters and at most 128", () => {
    expect(passwordProblem("Abc-12345")).toBe("validation.passwordShort");
    expect(passwordProblem("Abcd-12345")).toBeNull();
    expect(passwordProblem(`a1${"x".repeat(127)}`)).toBe("validation.passwordLong");
  });

  it("wants both letters and digits", () => {
    expect(passwordProblem("only-letters-here")).toBe("validation.passwordLettersDigits");
    expect(passwordProblem("1234-5678-9012")).toBe("validation.passwordLettersDigits");
  });

  it("refuses the login, the email and its local part, alone or inside the password", () => {
    const context = { login: "Aigerim.N", email: "aigerim.nurlanova@company.kz" };
    expect(passwordProblem("aigerim.n", context)).toBe("validation.passwordShort");
    expect(passwordProblem("AIGERIM.N2026", context)).toBe("validation.passwordLikeLogin");
    expect(passwordProblem("aigerim.nurlanova@company.kz1", context)).toBe("validation.passwordLikeLogin");
    expect(passwordProblem("my-aigerim.nurlanova-77", context)).toBe("validation.passwordLikeLogin");
    expect(passwordProblem("Zhibek-Zholy-1998", context)).toBeNull();
  });

  it("does not refuse a password merely for holding a very short login", () => {
    expect(passwordProblem("Joanna-Astana-2026", { login: "ann" })).toBeNull();
    expect(passwordProblem("ann", { login: "ann" })).toBe("validation.passwordShort");
  });

  it("refuses common passwords whatever their case and separators", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(300);
    expect(passwordProblem("Password123")).toBe("validation.passwordCommon");
    expect(passwordProblem("QWERTY123456")).toBe("validation.passwordCommon");
    expect(passwordProblem("1qaz2wsx3edc")).toBe("validation.passwordCommon");
    expect(isCommonPassword("Qwerty-123456!")).toBe(true);
    expect(isCommonPassword("Steppe-Wind-2026")).toBe(false);
  });

  it("backs the zod schemas the actions validate the forms with", () => {
    expect(zNewPassword.safeParse("short1").error?.issues[0].message).toBe("validation.passwordShort");
    const token = "t".repeat(43);
    const mismatch = ZActivate.safeParse({ token, login: "aigerim", password: "Steppe-Wind-2026", passwordConfirm: "Steppe-Wind-2027" });
    expect(mismatch.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["passwordConfirm", "validation.passwordMismatch"]]);
    const likeLogin = ZActivate.safeParse({ token, login: "steppe", password: "Steppe-Wind-2026", passwordConfirm: "Steppe-Wind-2026" });
    expect(likeLogin.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "validation.passwordLikeLogin"]]);
    const badLogin = ZActivate.safeParse({ token, login: "a b", password: "Steppe-Wind-2026", passwordConfirm: "Steppe-Wind-2026" });
    expect(badLogin.error?.issues[0]).toMatchObject({ path: ["login"], message: "validation.login" });
    const ok = ZChangePassword.safeParse({ currentPassword: "x", password: "Steppe-Wind-2026", passwordConfirm: "Steppe-Wind-2026" });
    expect(ok.success).toBe(true);
  });
});
