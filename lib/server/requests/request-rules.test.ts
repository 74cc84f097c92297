import { describe, expect, it } from "vitest";
import { CLAIM_ANSWER_DAYS, claimDueAt, requestNumber, statusAfterCustomerReply, timeLeft } from "./request-rules";

describe("request rules", () => {
  it("gives a claim 15 calendar days, to the end of the last day in Almaty", () => {
    expect(CLAIM_ANSWER_DAYS).toBe(15);
    // Filed 24 Nov 2026 at 23:30 Almaty (18:30 UTC): due 9 Dec 2026 23:59:59.999 Almaty.
    expect(claimDueAt(new Date("2026-11-24T18:30:00Z")).toISOString()).toBe("2026-12-09T18:59:59.999Z");
    // Filed 25 Nov 00:30 Almaty (24 Nov 19:30 UTC) counts from the 25th.
    expect(claimDueAt(new Date("2026-11-24T19:30:00Z")).toISOString()).toBe("2026-12-10T18:59:59.999Z");
  });

  it("says how much time is left or how late it is", () => {
    const due = new Date("2026-12-09T18:59:59.999Z");
    expect(timeLeft(due, new Date("2026-12-01T12:00:00Z"))).toEqual({ isOverdue: false, days: 8, hours: 6 });
    expect(timeLeft(due, new Date("2026-12-11T19:00:00Z"))).toMatchObject({ isOverdue: true, days: 2, hours: 0 });
  });

  it("numbers requests REQ-<year>-<six digits>", () => {
    expect(requestNumber(2026, 123)).toBe("REQ-2026-000123");
  });

  it("reopens a request that waited for the customer or was resolved when they reply", () => {
    expect(statusAfterCustomerReply("WAITING_CUSTOMER", true)).toBe("IN_PROGRESS");
    expect(statusAfterCustomerReply("RESOLVED", true)).toBe("IN_PROGRESS");
    expect(statusAfterCustomerReply("NEW", false)).toBe("NEW");
    expect(statusAfterCustomerReply("IN_PROGRESS", true)).toBe("IN_PROGRESS");
  });
});
