import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the server script, without types
import { screenRequest } from "../scripts/screen-request.mjs";
import { MAX_ACTION_BODY_BYTES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_MESSAGE } from "@/lib/body-limits.mjs";
import nextConfig from "../next.config";

const action = (headers: Record<string, string>) => ({ method: "POST", headers: { "next-action": "7f00", ...headers } });

describe("requests refused in front of Next", () => {
  it("refuses an Origin that is not a URL, on any request", () => {
    expect(screenRequest({ method: "GET", headers: { origin: "/" } })?.status).toBe(400);
    expect(screenRequest({ method: "GET", headers: { origin: "null" } })).toBeNull();
    expect(screenRequest({ method: "GET", headers: { origin: "https://lk.kompaas.tech" } })).toBeNull();
  });

  it("refuses an action body over the limit by its declared length", () => {
    expect(screenRequest(action({ "content-length": String(MAX_ACTION_BODY_BYTES) }))).toBeNull();
    expect(screenRequest(action({ "content-length": String(MAX_ACTION_BODY_BYTES + 1) }))?.status).toBe(413);
    // Chunked (how Next forwards an action between its workers): Next counts it itself.
    expect(screenRequest(action({}))).toBeNull();
    expect(screenRequest(action({ "content-length": "1e9" }))?.status).toBe(400);
    // Only server actions: route handlers read their own bodies.
    expect(screenRequest({ method: "POST", headers: {} })).toBeNull();
  });

  it("is the limit Next is configured with, and it holds a full message of files", () => {
    expect(MAX_ACTION_BODY_BYTES).toBeGreaterThan(MAX_ATTACHMENT_BYTES * MAX_ATTACHMENTS_PER_MESSAGE);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_ACTION_BODY_BYTES);
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(MAX_ACTION_BODY_BYTES);
  });
});
