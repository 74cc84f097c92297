// A readable comparison of two versions of the agreement: which paragraphs (lines) were
// removed, added or kept, and within a rewritten paragraph which words changed. A plain
// longest-common-subsequence diff: the texts are a few hundred lines, so O(n·m) is
// instant, and it saves a dependency for forty lines of code.

export type TDiffOp<T> = { op: "same" | "add" | "del"; value: T };

export function diffSequence<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean = (x, y) => x === y): TDiffOp<T>[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: the length of the common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = equal(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: TDiffOp<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (equal(a[i], b[j])) {
      ops.push({ op: "same", value: b[j] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ops.push({ op: "del", value: a[i++] });
    } else {
      ops.push({ op: "add", value: b[j++] });
    }
  }
  while (i < n) ops.push({ op: "del", value: a[i++] });
  while (j < m) ops.push({ op: "add", value: b[j++] });
  return ops;
}

export type TWordPart = { op: "same" | "add" | "del"; text: string };
export type TDiffBlock =
  | { kind: "same"; lines: string[] }
  | { kind: "skipped"; count: number }
  | { kind: "added"; lines: string[] }
  | { kind: "removed"; lines: string[] }
  | { kind: "changed"; parts: TWordPart[] };

const splitLines = (text: string) => text.replace(/\r\n/g, "\n").split("\n").map((l) => l.trimEnd()).filter((l) => l.length > 0);

function diffWords(before: string, after: string): TWordPart[] {
  const tokens = (s: string) => s.split(/(\s+)/).filter((t) => t.length > 0);
  return diffSequence(tokens(before), tokens(after)).map((o) => ({ op: o.op, text: o.value }));
}

// Blocks to render: unchanged paragraphs far from a change are folded into "skipped";
// a paragraph removed next to one added is shown as one changed paragraph with its words
// marked.
export function diffAgreement(before: string, after: string, context = 1): TDiffBlock[] {
  const ops = diffSequence(splitLines(before), splitLines(after));
  const blocks: TDiffBlock[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].op === "same") {
      const start = k;
      while (k < ops.length && ops[k].op === "same") k++;
      const run = ops.slice(start, k).map((o) => o.value);
      const head = start === 0 ? 0 : context;
      const tail = k === ops.length ? 0 : context;
      if (run.length > head + tail + 1) {
        if (head) blocks.push({ kind: "same", lines: run.slice(0, head) });
        blocks.push({ kind: "skipped", count: run.length - head - tail });
        if (tail) blocks.push({ kind: "same", lines: run.slice(run.length - tail) });
      } else {
        blocks.push({ kind: "same", lines: run });
      }
      continue;
    }
    const dels: string[] = [];
    const adds: string[] = [];
    while (k < ops.length && ops[k].op !== "same") (ops[k].op === "del" ? dels : adds).push(ops[k++].value);
    const paired = Math.min(dels.length, adds.length);
    for (let p = 0; p < paired; p++) blocks.push({ kind: "changed", parts: diffWords(dels[p], adds[p]) });
    if (dels.length > paired) blocks.push({ kind: "removed", lines: dels.slice(paired) });
    if (adds.length > paired) blocks.push({ kind: "added", lines: adds.slice(paired) });
  }
  return blocks;
}
