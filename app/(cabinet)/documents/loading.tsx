import { Skeleton } from "@/components/ui/card";

export default function DocumentsLoading() {
  return (
    <div aria-busy="true" aria-live="polite" data-testid="loading">
      <Skeleton className="mb-2 h-8 w-40" />
      <Skeleton className="mb-6 h-4 w-80 max-w-full" />
      <div className="rounded-xl bg-white p-4 ring-1 ring-slate-200">
        <Skeleton className="mb-4 h-10" />
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} className="mb-2 h-12" />
        ))}
      </div>
    </div>
  );
}
