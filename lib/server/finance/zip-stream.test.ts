import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { clock } from "@/lib/clock";
import { zipStream } from "./zip-stream";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("zipStream", () => {
  it("renders each file only when the reader asks for more, and the archive reads back whole", async () => {
    const rendered: string[] = [];
    const file = (name: string, body: string) => ({
      name,
      modified: clock.now(),
      render: async () => {
        rendered.push(name);
        return bytes(body);
      },
    });
    const stream = zipStream([file("a.pdf", "%PDF-a"), file("b.pdf", "%PDF-b".repeat(1000)), file("a.pdf", "%PDF-c")]);
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    const first = await reader.read();
    chunks.push(first.value!);
    // Nothing is rendered ahead of what has been read (plus the one file in flight).
    expect(rendered.length).toBeLessThanOrEqual(2);
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(rendered).toEqual(["a.pdf", "b.pdf", "a.pdf"]);
    const zip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((offset, c) => (zip.set(c, offset), offset + c.length), 0);
    const files = unzipSync(zip);
    // A repeated name gets a suffix rather than hiding the first file.
    expect(Object.keys(files)).toEqual(["a.pdf", "b.pdf", "a-2.pdf"]);
    expect(new TextDecoder().decode(files["a-2.pdf"])).toBe("%PDF-c");
    expect(files["b.pdf"].length).toBe(6000);
  });

  it("stops rendering when the reader goes away", async () => {
    let count = 0;
    const files = Array.from({ length: 5 }, (_, i) => ({ name: `${i}.pdf`, modified: clock.now(), render: async () => (count++, bytes("%PDF-")) }));
    const reader = zipStream(files).getReader();
    await reader.read();
    await reader.cancel();
    expect(count).toBeLessThan(5);
  });
});
