import { EMPTY_STATE, STATE_KEY_HEADER, STATE_PATH, stateKey, type TMaintenanceState } from "./state";
import { clock } from "@/lib/clock";

// The proxy's copy of the maintenance state, refreshed in the background from the app's
// internal route at most every REFRESH_MS. A request costs a comparison of timestamps;
// only the process's first request waits for the first load. Windows carry their times,
// so one announced in advance starts and ends on time even if the database is down by
// then (a failed refresh keeps the last state). A window created or ended on another
// server reaches this one within REFRESH_MS.

const REFRESH_MS = Number(process.env.MAINTENANCE_REFRESH_MS ?? 5000);
const TIMEOUT_MS = 2000;

let state: TMaintenanceState = EMPTY_STATE;
let loadedAt = 0;
let inflight: Promise<void> | null = null;

async function refresh(origin: string): Promise<void> {
  try {
    const response = await fetch(`${process.env.MAINTENANCE_STATE_ORIGIN ?? origin}${STATE_PATH}`, {
      headers: { [STATE_KEY_HEADER]: stateKey() },
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.ok) state = (await response.json()) as TMaintenanceState;
  } catch {
    // Keep the last known state; try again after the interval.
  } finally {
    loadedAt = clock.nowMs();
  }
}

export async function getMaintenanceState(origin: string): Promise<TMaintenanceState> {
  if (clock.nowMs() - loadedAt > REFRESH_MS && !inflight) {
    const first = loadedAt === 0;
    inflight = refresh(origin).finally(() => {
      inflight = null;
    });
    if (first) await inflight;
  }
  return state;
}
