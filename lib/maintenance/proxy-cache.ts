import { EMPTY_STATE, STATE_KEY_HEADER, STATE_PATH, stateKey, type TMaintenanceState } from "./state";
import { clock } from "@/lib/clock";

// The proxy's copy of the maintenance state, refreshed in the background from the app's
// internal route at most every REFRESH_MS. A request costs a comparison of timestamps;
// only the process's first request waits for the first load. Windows carry their times,
// so one announced in advance starts and ends on time even if the database is down by
// then (a failed refresh keeps the last state). A window created or ended on another
// server reaches this one within REFRESH_MS.
//
// The state is read from MAINTENANCE_STATE_ORIGIN, which scripts/server.mjs sets to its own
// loopback address: never from the request's Host header, which a client chooses, or the
// server would send its state key wherever a request said it lived. A refresh is settled
// after TIMEOUT_MS whatever its fetch does, so that one that hangs cannot stop the next.

const REFRESH_MS = Number(process.env.MAINTENANCE_REFRESH_MS ?? 5000);
const TIMEOUT_MS = 2000;

let state: TMaintenanceState = EMPTY_STATE;
let loadedAt = 0;
let inflight: Promise<void> | null = null;
let generation = 0;

async function refresh(origin: string): Promise<void> {
  const mine = ++generation;
  try {
    const response = await fetch(`${process.env.MAINTENANCE_STATE_ORIGIN ?? origin}${STATE_PATH}`, {
      headers: { [STATE_KEY_HEADER]: stateKey() },
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const next = response.ok ? ((await response.json()) as TMaintenanceState) : null;
    // A refresh given up on that answers after a newer one does not bring back its older state.
    if (next && mine === generation) state = next;
  } catch {
    // Keep the last known state; try again after the interval.
  }
}

function settledWithin(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

// `origin` (the request's) is only the fallback for a server started without
// scripts/server.mjs, such as `next dev`.
export async function getMaintenanceState(origin: string): Promise<TMaintenanceState> {
  if (clock.nowMs() - loadedAt > REFRESH_MS && !inflight) {
    const first = loadedAt === 0;
    inflight = settledWithin(refresh(origin), TIMEOUT_MS + 500).finally(() => {
      loadedAt = clock.nowMs();
      inflight = null;
    });
    if (first) await inflight;
  }
  return state;
}
