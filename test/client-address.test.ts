import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the server script, without types
import { compileTrust, settleClientAddress } from "../scripts/client-address.mjs";

const request = (peer: string, headers: Record<string, string> = {}) => ({ headers: { ...headers }, socket: { remoteAddress: peer }, connection: { remoteAddress: peer } });

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever the headers say", () => {
    const req = request("203.0.113.7", { "x-forwarded-for": "10.1.2.3", "x-real-ip": "10.9.9.9" });
    expect(settleClientAddress(req, compileTrust(""))).toBe("203.0.113.7");
    expect(req.headers).toEqual({ "x-forwarded-for": "203.0.113.7" });
  });

  it("is the right-most untrusted hop behind trusted proxies", () => {
    const trust = compileTrust("10.0.0.0/8, loopback");
    // The client forged the first entry; the load balancer appended the real one.
    expect(settleClientAddress(request("10.0.0.2", { "x-forwarded-for": "1.1.1.1, 198.51.100.4" }), trust)).toBe("198.51.100.4");
    // Two trusted hops: the client is what the outer one saw.
    expect(settleClientAddress(request("127.0.0.1", { "x-forwarded-for": "198.51.100.4, 10.0.0.2" }), trust)).toBe("198.51.100.4");
    // A request straight from a trusted proxy without the header is the proxy itself.
    expect(settleClientAddress(request("127.0.0.1"), trust)).toBe("127.0.0.1");
  });

  it("does not trust a request from outside the list even if it names a proxy", () => {
    expect(settleClientAddress(request("198.51.100.9", { "x-forwarded-for": "127.0.0.1" }), compileTrust("loopback"))).toBe("198.51.100.9");
  });

  it("refuses a malformed list", () => {
    expect(() => compileTrust("not-an-address")).toThrow();
  });
});
