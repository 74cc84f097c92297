import { describe, expect, it } from "vitest";
import { describeAction, describeObjectType } from "./describe-audit";
import { translatorFor } from "@/test/translator";

describe("labels of the audit log", () => {
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
