import { describe, expect, it } from "vitest";
import { deviceLabel, describeDevice } from "./describe-device";

describe("describing a device from its user agent", () => {
  it.each([
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36", "Chrome · Windows"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 Edg/140.0", "Edge · Windows"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1", "Safari · iOS"],
    ["Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36", "Chrome · Android"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:131.0) Gecko/20100101 Firefox/131.0", "Firefox · macOS"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0 YaBrowser/25.6 Safari/537.36", "Yandex Browser · Windows"],
  ])("%s", (ua, label) => {
    expect(deviceLabel(ua, "?")).toBe(label);
  });

  it("falls back for an empty or strange agent", () => {
    expect(deviceLabel(null, "Неизвестное устройство")).toBe("Неизвестное устройство");
    expect(deviceLabel("something", "?")).toBe("?");
    expect(describeDevice("Mozilla/5.0 (iPhone)").isMobile).toBe(true);
  });
});
