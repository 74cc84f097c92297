import "server-only";
import type { AsyncLocalStorage } from "node:async_hooks";

// The server in front of Next (scripts/server.mjs, runAction in scripts/screen-request.mjs)
// keeps a flag per server-action request; the action builders raise it as their first
// step, so that a request Next fails to decode (no action started) is answered 400, not 500.
type TActionCall = { started: boolean };
const KEY = Symbol.for("cabinet.actionCall");

export function markActionStarted(): void {
  const calls = (globalThis as Record<symbol, AsyncLocalStorage<TActionCall> | undefined>)[KEY];
  const call = calls?.getStore();
  if (call) call.started = true;
}
