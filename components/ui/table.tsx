import { cn } from "./cn";

// Tables scroll sideways inside their card on a narrow phone rather than break the page:
// the region shows a shadow at an edge with more beyond it (.scroll-hint), and it takes
// the keyboard's focus, so the arrow keys scroll it too. `label` names the region for a
// screen reader (the table's title, as the card shows it).
export function Table({ className, label, children }: { className?: string; label?: string; children: React.ReactNode }) {
  return (
    <div
      tabIndex={0}
      role={label ? "region" : undefined}
      aria-label={label}
      className="scroll-hint relative -mx-4 overflow-x-auto focus-visible:outline-offset-0 sm:mx-0"
    >
      <table className={cn("data-table min-w-full divide-y divide-slate-200 text-sm", className)}>{children}</table>
    </div>
  );
}
export function Th({ className, children, ...rest }: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope="col" {...rest} className={className}>
      {children}
    </th>
  );
}

export function Td({ className, children, ...rest }: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td {...rest} className={className}>
      {children}
    </td>
  );
}
