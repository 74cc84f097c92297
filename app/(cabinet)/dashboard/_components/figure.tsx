import { cn } from "@/components/ui/cn";

// One headline figure (balance, credit limit, what can be spent) with a note under it.
export function Figure({
  label,
  value,
  note,
  tone = "default",
  testId,
  children,
}: {
  label: string;
  value: string;
  note?: string;
  tone?: "default" | "danger" | "success";
  testId?: string;
  children?: React.ReactNode;
}) {
  return (
    <section className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={testId}>
      <h2 className="text-sm font-medium text-slate-600">{label}</h2>
      <p
        className={cn(
          "mt-1 text-2xl font-semibold tabular-nums tracking-tight",
          tone === "danger" ? "text-red-700" : tone === "success" ? "text-emerald-700" : "text-slate-900",
        )}
        data-testid={testId ? `${testId}-value` : undefined}
      >
        {value}
      </p>
      {note && <p className="mt-1 text-xs text-slate-500">{note}</p>}
      {children}
    </section>
  );
}
