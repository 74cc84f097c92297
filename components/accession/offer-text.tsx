// A published text as stored: plain lines, "## " starting a heading.
export function OfferText({ body, className }: { body: string; className?: string }) {
  const blocks = body.split("\n").filter((line) => line.trim());
  return (
    <div className={className}>
      {blocks.map((line, i) =>
        line.startsWith("## ") ? (
          <h3 key={i} className="mt-3 font-semibold text-slate-900 first:mt-0">
            {line.slice(3)}
          </h3>
        ) : (
          <p key={i} className="mt-2 text-slate-700">
            {line}
          </p>
        ),
      )}
    </div>
  );
}
