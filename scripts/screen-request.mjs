// Requests refused before they reach Next, with the 4xx they deserve instead of the 500
// Next answers for them: an Origin header that is not a URL (Next's CSRF check throws on
// `new URL(origin)`), and a server-action body over the limit every form keeps to
// (lib/body-limits.mjs), refused by its declared length before a byte of it is read.
// (Node's HTTP parser already refuses a request with both a length and chunked encoding.)
import { AsyncLocalStorage } from "node:async_hooks";
import { MAX_ACTION_BODY_BYTES } from "../lib/body-limits.mjs";

// The refusal as { status, message }, or null for a request that may go on.
export function screenRequest(req) {
  const origin = req.headers.origin;
  if (typeof origin === "string" && origin !== "null" && !URL.canParse(origin)) {
    return { status: 400, message: "The Origin header is not a URL." };
  }
  if (req.method === "POST" && req.headers["next-action"] !== undefined) {
    // A body without a declared length (chunked: Next forwards an action to the worker
    // that has it that way) is counted by Next itself against the same limit.
    const declared = req.headers["content-length"];
    if (declared === undefined) return null;
    if (!/^\d+$/.test(declared)) return { status: 400, message: "The Content-Length is not a number." };
    if (Number(declared) > MAX_ACTION_BODY_BYTES) {
      return { status: 413, message: `The request is larger than ${MAX_ACTION_BODY_BYTES} bytes.` };
    }
  }
  return null;
}

// A server-action request whose body React cannot decode (an unresolved `$B` blob, a
// forward reference, a body that is not JSON) makes Next answer 500 before any action
// runs. Every action of the cabinet starts through lib/safe-action.ts, which marks the
// call as started (lib/action-call.ts) and turns its own failures into results; so a 500
// for a call that never started is a request the server could not read: a 400.
const calls = new AsyncLocalStorage();
globalThis[Symbol.for("cabinet.actionCall")] = calls;

export function runAction(req, res, handle) {
  if (req.headers["next-action"] === undefined) return handle(req, res);
  const call = { started: false };
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status === 500 && !call.started) {
      this.statusCode = 400;
      return writeHead.call(this, 400, ...rest);
    }
    return writeHead.call(this, status, ...rest);
  };
  return calls.run(call, () => handle(req, res));
}
