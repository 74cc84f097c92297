// A readable "Chrome · Windows" from a User-Agent header. Deliberately simple: the list
// only has to let a person recognise their own browsers, not fingerprint them.

const BROWSERS: Array<[RegExp, string]> = [
  [/YaBrowser\//, "Yandex Browser"],
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/SamsungBrowser\//, "Samsung Internet"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
  [/curl\//, "curl"],
];

const SYSTEMS: Array<[RegExp, string]> = [
  [/Windows NT/, "Windows"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

export type TDevice = { browser: string | null; os: string | null; isMobile: boolean };

export function describeDevice(userAgent: string | null | undefined): TDevice {
  const ua = userAgent ?? "";
  const browser = BROWSERS.find(([re]) => re.test(ua))?.[1] ?? null;
  const os = SYSTEMS.find(([re]) => re.test(ua))?.[1] ?? null;
  return { browser, os, isMobile: /Mobi|iPhone|Android/.test(ua) };
}

export function deviceLabel(userAgent: string | null | undefined, unknown: string): string {
  const { browser, os } = describeDevice(userAgent);
  return [browser, os].filter(Boolean).join(" · ") || unknown;
}
