import { describe, expect, it } from "vitest";
import { toCsv } from "./to-csv";
import { describeAction, describeObjectType } from "./describe-audit";
import { translatorFor } from "@/test/translator";

describe("CSV and labels of the audit log", () => {
  it("quotes separators and neutralises formulas", () => {
    const csv = toCsv([
      ["a;b", 'say "hi"', "=HYPERLINK(1)", null, 5],
      ["-1", "+7 701", "@x", "plain", ""],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFF"a;b";"say ""hi""";\'=HYPERLINK(1);;5\r\n\'-1;\'+7 701;\'@x;plain;\r\n');
  });

  it("translates known actions and objects and shows unknown ones as written", () => {
    const t = translatorFor("audit");
    expect(describeAction(t, "document.download")).toBe("Скачивание документа");
    expect(describeAction(t, "membership.transfer_ownership")).toBe("Передача владения кабинетом");
    expect(describeAction(t, "billing.some_future_thing")).toBe("billing.some_future_thing");
    expect(describeAction(t, "user")).toBe("user");
    expect(describeObjectType(t, "page:finance.read")).toBe("Страница · finance.read");
    expect(describeObjectType(t, "subscription")).toBe("Подписка на услугу");
    expect(describeObjectType(t, "widget")).toBe("widget");
  });
});
