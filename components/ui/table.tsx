import { cn } from "./cn";

// Tables scroll sideways inside their card on a narrow phone rather than break the page.
export function Table({ className, children }: { className?: string; children: React.ReactNode }) {
  return (
    <div className="relative -mx-4 overflow-x-auto sm:mx-0">
      <table className={cn("min-w-full divide-y divide-slate-200 text-sm", className)}>{children}</table>
    </div>
  );
}

export function Th({ className, children, ...rest }: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope="col" {...rest} className={cn("whitespace-nowrap px-3 py-2 text-left font-medium text-slate-600", className)}>
      {children}
    </th>
  );
}

export function Td({ className, children, ...rest }: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return (
    <td {...rest} className={cn("px-3 py-2 align-top text-slate-800", className)}>
      {children}
    </td>
  );
}
