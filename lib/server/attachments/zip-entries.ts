// The names in a ZIP archive, read from its central directory (no decompression). DOCX
// and XLSX are ZIP containers: their parts, not their names, say which one a file is.
// Returns null for anything that is not a well-formed, non-ZIP64 archive.
export function listZipEntries(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  const minEocd = 22;
  if (bytes.length < minEocd) return null;
  let eocd = -1;
  // The end record sits in the last 22 bytes plus at most a 65 535-byte comment.
  for (let i = bytes.length - minEocd; i >= Math.max(0, bytes.length - minEocd - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null; // ZIP64: not for office files this small
  if (offset + size > eocd) return null;
  const names: string[] = [];
  const decoder = new TextDecoder("utf-8");
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
