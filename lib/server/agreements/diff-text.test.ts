import { describe, expect, it } from "vitest";
import { diffAgreement, diffSequence } from "./diff-text";

describe("the agreement comparison", () => {
  it("finds kept, removed and added items", () => {
    const ops = diffSequence(["a", "b", "c"], ["a", "c", "d"]);
    expect(ops).toEqual([
      { op: "same", value: "a" },
      { op: "del", value: "b" },
      { op: "same", value: "c" },
      { op: "add", value: "d" },
    ]);
  });

  it("folds unchanged paragraphs, marks words in a rewritten one and shows a new section", () => {
    const before = ["## 1", "1.1. Один.", "1.2. Два.", "1.3. Три.", "1.4. Четыре.", "1.5. Пять дней."].join("\n");
    const after = ["## 1", "1.1. Один.", "1.2. Два.", "1.3. Три.", "1.4. Четыре.", "1.5. Десять дней.", "", "## 2", "2.1. Новое."].join("\n");
    const blocks = diffAgreement(before, after);
    expect(blocks[0]).toEqual({ kind: "skipped", count: 4 });
    expect(blocks[1]).toEqual({ kind: "same", lines: ["1.4. Четыре."] });
    expect(blocks[2]).toEqual({
      kind: "changed",
      parts: [
        { op: "same", text: "1.5." },
        { op: "same", text: " " },
        { op: "del", text: "Пять" },
        { op: "add", text: "Десять" },
        { op: "same", text: " " },
        { op: "same", text: "дней." },
      ],
    });
    expect(blocks[3]).toEqual({ kind: "added", lines: ["## 2", "2.1. Новое."] });
  });

  it("says nothing changed for the same text", () => {
    expect(diffAgreement("a\nb", "a\nb").every((b) => b.kind === "same" || b.kind === "skipped")).toBe(true);
  });
});
