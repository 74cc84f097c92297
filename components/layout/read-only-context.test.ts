import { describe, expect, it } from "vitest";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Button, type TButtonProps } from "@/components/ui/button";
import { ReadOnlyNote, ReadOnlyProvider } from "./read-only-context";

const REASON = "Просмотр сотрудником провайдера: только чтение. Кнопки изменений отключены.";

function render(reason: string | null, ...buttons: TButtonProps[]) {
  const children = [h(ReadOnlyNote, { key: "note" }), ...buttons.map((props, i) => h(Button, { key: i, ...props }))];
  return renderToStaticMarkup(h(ReadOnlyProvider, { reason, children }));
}

const button = (label: string, props: Record<string, unknown>) => ({ ...props, children: label }) as TButtonProps;

// While staff view a cabinet, the shared button renders disabled with the reason (its
// tooltip, and a description pointing to the one visible note); read actions stay enabled.
describe("the read-only view", () => {
  it("disables every button that is not a read, says why, and shows the note once", () => {
    const html = render(
      REASON,
      button("Сохранить", { type: "submit", "data-testid": "save" }),
      button("Показать", { type: "submit", isReadAction: true, "data-testid": "filter" }),
    );
    const save = html.match(/<button[^>]*data-testid="save"[^>]*>/)![0];
    expect(save).toContain(' disabled=""');
    expect(save).toContain(`title="${REASON}"`);
    expect(save).toContain('aria-describedby="read-only-note"');
    const filter = html.match(/<button[^>]*data-testid="filter"[^>]*>/)![0];
    expect(filter).not.toContain(" disabled=");
    expect(filter).not.toContain("aria-describedby");
    expect(html).toContain(`<p id="read-only-note"`);
    expect(html.split(REASON).length - 1).toBe(2); // the note and the one disabled button's title
  });

  it("changes nothing for the customer", () => {
    const html = render(null, button("Сохранить", { type: "submit", "aria-describedby": "hint" }));
    expect(html).not.toContain(" disabled=");
    expect(html).not.toContain("read-only-note");
    expect(html).toContain('aria-describedby="hint"');
  });
});
