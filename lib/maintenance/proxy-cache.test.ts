import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_STATE, STATE_KEY_HEADER, STATE_PATH, type TMaintenanceState } from "./state";

const NOW = 1_800_000_000_000;
const text = { ru: "Работы", kk: "Жұмыстар", en: "Works" };
const withWindow: TMaintenanceState = {
  staffIds: [],
  windows: [{ id: "w1", startsAt: NOW - 1000, endsAt: NOW + 60_000, scope: "ALL", userIds: [], title: text, body: text }],
};

// A fresh module per test, the cache lives in the module; with the clock it reads.
async function freshCache() {
  vi.resetModules();
  const { clock } = await import("@/lib/clock");
  clock.set(new Date(NOW));
  return { clock, ...(await import("./proxy-cache")) };
}

describe("the proxy's maintenance cache", () => {
  beforeEach(() => {
    vi.stubEnv("MAINTENANCE_STATE_ORIGIN", "http://127.0.0.1:3999");
    vi.stubEnv("MAINTENANCE_REFRESH_MS", "5000");
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
    vi.useRealTimers();
  });

  it("reads the state from MAINTENANCE_STATE_ORIGIN (scripts/server.mjs sets it to itself), not from the origin a request names", async () => {
    const fetch = vi.fn(async () => Response.json(withWindow));
    vi.stubGlobal("fetch", fetch);
    const { getMaintenanceState } = await freshCache();
    expect(await getMaintenanceState("http://attacker.example")).toEqual(withWindow);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`http://127.0.0.1:3999${STATE_PATH}`);
    expect((init.headers as Record<string, string>)[STATE_KEY_HEADER]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives up on a refresh that hangs, keeps the last state, and refreshes again after the interval", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const hanging = new Promise<Response>(() => {});
    const fetch = vi
      .fn<() => Promise<Response>>()
      .mockImplementationOnce(() => hanging)
      .mockImplementation(async () => Response.json(withWindow));
    vi.stubGlobal("fetch", fetch);
    const { clock, getMaintenanceState } = await freshCache();

    // The process's first request waits for the first load, but not past its deadline.
    const first = getMaintenanceState("http://127.0.0.1:3000");
    await vi.advanceTimersByTimeAsync(2500);
    expect(await first).toEqual(EMPTY_STATE);

    // Within the interval nothing is fetched again; after it, a request starts a refresh
    // (in the background) and a later one sees its state.
    clock.set(new Date(NOW + 4000));
    await getMaintenanceState("http://127.0.0.1:3000");
    expect(fetch).toHaveBeenCalledTimes(1);
    clock.set(new Date(NOW + 8000));
    await getMaintenanceState("http://127.0.0.1:3000");
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(await getMaintenanceState("http://127.0.0.1:3000")).toEqual(withWindow);
  });

  it("keeps the last state when the route refuses or the fetch fails", async () => {
    const fetch = vi
      .fn<() => Promise<Response>>()
      .mockImplementationOnce(async () => Response.json(withWindow))
      .mockImplementationOnce(async () => new Response(null, { status: 500 }))
      .mockImplementationOnce(async () => {
        throw new TypeError("fetch failed");
      });
    vi.stubGlobal("fetch", fetch);
    const { clock, getMaintenanceState } = await freshCache();
    expect(await getMaintenanceState("x")).toEqual(withWindow);
    for (const at of [NOW + 6000, NOW + 12_000]) {
      clock.set(new Date(at));
      await getMaintenanceState("x");
      await new Promise((r) => setTimeout(r, 10));
      expect(await getMaintenanceState("x")).toEqual(withWindow);
    }
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
