import "server-only";
import { Zip, ZipDeflate } from "fflate";

export type TZipFile = { name: string; modified: Date; render: () => Promise<Uint8Array> };

// A ZIP written while it is read: each file is rendered only when the reader asks for more
// (pull), deflated through fflate's streaming Zip and handed on in chunks, so the whole
// archive is never held in memory and a reader who goes away stops the rendering.
export function zipStream(files: TZipFile[]): ReadableStream<Uint8Array> {
  // Two entries of one name would make the second unreachable in most archivers.
  const seen = new Set<string>();
  const queue = files.map((file) => {
    let name = file.name;
    for (let n = 2; seen.has(name); n++) name = file.name.replace(/(\.[^.]*)?$/, (ext) => `-${n}${ext}`);
    seen.add(name);
    return { ...file, name };
  });
  let zip: Zip;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      const file = queue.shift();
      if (!file) return zip.end();
      const bytes = await file.render();
      const entry = new ZipDeflate(file.name, { level: 6 });
      entry.mtime = file.modified;
      zip.add(entry);
      entry.push(bytes, true);
    },
    cancel() {
      queue.length = 0;
      zip.terminate();
    },
  });
}
