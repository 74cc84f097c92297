import { describe, expect, it } from "vitest";
import { isStaffConsoleUser, landingWithoutAccount } from "./landing";

describe("where a person without a cabinet account lands", () => {
  it("sends administrators and support to the staff console", () => {
    expect(landingWithoutAccount({ staffRole: "ADMIN", impersonation: null })).toBe("/staff");
    expect(landingWithoutAccount({ staffRole: "SUPPORT", impersonation: null })).toBe("/staff");
    expect(isStaffConsoleUser({ staffRole: "SUPPORT", impersonation: null })).toBe(true);
  });

  it("sends a customer to the trial cabinet, and keeps staff viewing as a customer in the customer's screens", () => {
    expect(landingWithoutAccount({ staffRole: null, impersonation: null })).toBe("/trial");
    expect(landingWithoutAccount({ staffRole: "SUPPORT", impersonation: { id: "imp", accountId: "a" } })).toBe("/trial");
    expect(isStaffConsoleUser({ staffRole: null, impersonation: null })).toBe(false);
  });
});
