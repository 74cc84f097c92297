import { Skeleton } from "@/components/ui/card";

export default function FinanceLoading() {
  return (
    <div aria-busy="true" aria-live="polite" data-testid="loading">
      <Skeleton className="mb-6 h-8 w-40" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
        <Skeleton className="h-28" />
      </div>
      <Skeleton className="mt-6 h-40" />
      <Skeleton className="mt-6 h-96" />
    </div>
  );
}
