import { describe, expect, it } from "vitest";
import { maintenanceFor, type TMaintenanceState } from "./state";
import { maintenancePage, retryAfterSeconds } from "./page";

const text = { ru: "Работы", kk: "Жұмыстар", en: "Works" };
const NOW = 1_800_000_000_000;
const state: TMaintenanceState = {
  staffIds: ["staff-1"],
  windows: [
    { id: "all", startsAt: NOW - 1000, endsAt: NOW + 60_000, scope: "ALL", userIds: [], title: text, body: text },
    { id: "acc", startsAt: NOW - 1000, endsAt: NOW + 60_000, scope: "USERS", userIds: ["member-1"], title: text, body: text },
  ],
};

describe("who gets the maintenance page", () => {
  it("closes an everybody-window to customers and anonymous visitors, never to staff or the staff console and sign-in", () => {
    expect(maintenanceFor(state, { pathname: "/dashboard", userId: "customer" }, NOW)?.id).toBe("all");
    expect(maintenanceFor(state, { pathname: "/register", userId: null }, NOW)?.id).toBe("all");
    expect(maintenanceFor(state, { pathname: "/dashboard", userId: "staff-1" }, NOW)).toBeNull();
    for (const pathname of ["/login", "/api/auth/callback/credentials", "/staff", "/staff/billing", "/_next/static/x.js"]) {
      expect(maintenanceFor(state, { pathname, userId: "customer" }, NOW)).toBeNull();
    }
  });

  it("closes an account's window only to its members, and nothing outside the window", () => {
    const onlyAccount = { ...state, windows: state.windows.filter((w) => w.id === "acc") };
    expect(maintenanceFor(onlyAccount, { pathname: "/finance", userId: "member-1" }, NOW)?.id).toBe("acc");
    expect(maintenanceFor(onlyAccount, { pathname: "/finance", userId: "someone-else" }, NOW)).toBeNull();
    expect(maintenanceFor(onlyAccount, { pathname: "/finance", userId: null }, NOW)).toBeNull();
    expect(maintenanceFor(state, { pathname: "/dashboard", userId: "customer" }, NOW + 60_000)).toBeNull();
    expect(maintenanceFor(state, { pathname: "/dashboard", userId: "customer" }, NOW - 2000)).toBeNull();
  });

  it("renders the page in the visitor's language with the time left", () => {
    const w = state.windows[0];
    expect(retryAfterSeconds(w, NOW)).toBe(60);
    expect(maintenancePage(w, "kk")).toContain('lang="kk"');
    expect(maintenancePage({ ...w, title: { ...text, en: "<script>" } }, "en")).toContain("&lt;script&gt;");
  });
});
