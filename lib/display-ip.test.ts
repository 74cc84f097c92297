import { describe, expect, it } from "vitest";
import { displayIp } from "./display-ip";

describe("displayIp", () => {
  it("shows an IPv4-mapped IPv6 address in its IPv4 form", () => {
    expect(displayIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(displayIp("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(displayIp("::FFFF:7f00:1")).toBe("127.0.0.1");
  });

  it("leaves IPv4 as it is, shortens IPv6, and keeps what is not an address", () => {
    expect(displayIp("10.9.9.9")).toBe("10.9.9.9");
    expect(displayIp("::1")).toBe("::1");
    expect(displayIp("2001:db8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(displayIp("unknown")).toBe("unknown");
    expect(displayIp(null)).toBeNull();
    expect(displayIp(undefined)).toBeNull();
    expect(displayIp("")).toBe("");
  });
});
