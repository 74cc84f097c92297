import type { TDiffBlock } from "@/lib/server/agreements/diff-text";

const lineText = (line: string) => line.replace(/^##\s+/, "");
const isHeading = (line: string) => line.startsWith("## ");

// The comparison of two agreement versions: removed text struck through in red, added
// text underlined in green, unchanged paragraphs around a change for context.
export function AgreementDiff({ blocks, labels }: { blocks: TDiffBlock[]; labels: { added: string; removed: string; skipped: (count: number) => string } }) {
  return (
    <div className="space-y-2 text-sm leading-6" data-testid="agreement-diff">
      {blocks.map((block, i) => {
        if (block.kind === "skipped") {
          return (
            <p key={i} className="text-center text-xs text-slate-500">
              {labels.skipped(block.count)}
            </p>
          );
        }
        if (block.kind === "same") {
          return block.lines.map((line, j) => (
            <p key={`${i}-${j}`} className={isHeading(line) ? "font-semibold text-slate-700" : "text-slate-600"}>
              {lineText(line)}
            </p>
          ));
        }
        if (block.kind === "changed") {
          return (
            <p key={i} className="rounded-md bg-amber-50 p-2">
              {block.parts.map((part, j) =>
                part.op === "same" ? (
                  <span key={j}>{part.text}</span>
                ) : part.op === "add" ? (
                  <ins key={j} className="bg-emerald-100 text-emerald-900 decoration-emerald-600">
                    {part.text}
                  </ins>
                ) : (
                  <del key={j} className="bg-red-100 text-red-800">
                    {part.text}
                  </del>
                ),
              )}
            </p>
          );
        }
        const isAdded = block.kind === "added";
        return (
          <div key={i} className={isAdded ? "rounded-md bg-emerald-50 p-2 ring-1 ring-emerald-200" : "rounded-md bg-red-50 p-2 ring-1 ring-red-200"}>
            <p className={isAdded ? "text-xs font-medium text-emerald-800" : "text-xs font-medium text-red-800"}>{isAdded ? labels.added : labels.removed}</p>
            {block.lines.map((line, j) =>
              isAdded ? (
                <p key={j} className={isHeading(line) ? "font-semibold text-emerald-900" : "text-emerald-900"}>
                  <ins className="no-underline">{lineText(line)}</ins>
                </p>
              ) : (
                <p key={j} className="text-red-800">
                  <del>{lineText(line)}</del>
                </p>
              ),
            )}
          </div>
        );
      })}
    </div>
  );
}
