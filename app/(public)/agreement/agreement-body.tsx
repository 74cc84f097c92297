// The agreement is published as plain text: "## " starts a section, every other non-empty
// line is a paragraph (a clause). Rendered as text, never as HTML.
export function parseAgreementBody(body: string) {
  const sections: Array<{ id: string; heading: string | null; paragraphs: string[] }> = [];
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith("## ")) {
      sections.push({ id: `section-${sections.length + 1}`, heading: line.slice(3).trim(), paragraphs: [] });
    } else {
      if (!sections.length) sections.push({ id: "section-0", heading: null, paragraphs: [] });
      sections[sections.length - 1].paragraphs.push(line);
    }
  }
  return sections;
}

export function AgreementBody({ body, contentsLabel }: { body: string; contentsLabel: string }) {
  const sections = parseAgreementBody(body);
  const headed = sections.filter((s) => s.heading);
  return (
    <div className="space-y-6">
      {headed.length > 1 && (
        <nav aria-label={contentsLabel} className="rounded-lg bg-slate-50 p-4 text-sm">
          <p className="font-medium text-slate-700">{contentsLabel}</p>
          <ol className="mt-2 space-y-1">
            {headed.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="text-brand-700 hover:underline">
                  {s.heading}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {sections.map((section) => (
        <section key={section.id} id={section.id} className="scroll-mt-4 space-y-2">
          {section.heading && <h2 className="text-lg font-semibold text-slate-900">{section.heading}</h2>}
          {section.paragraphs.map((p, i) => (
            <p key={i} className="text-sm leading-6 text-slate-700">
              {p}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
