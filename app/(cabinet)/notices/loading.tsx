import { Skeleton } from "@/components/ui/card";

export default function NoticesLoading() {
  return (
    <div aria-busy="true" aria-live="polite" data-testid="loading">
      <Skeleton className="mb-2 h-8 w-44" />
      <Skeleton className="mb-6 h-4 w-80 max-w-full" />
      <Skeleton className="mb-4 h-8 w-56" />
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="mb-3 h-32" />
      ))}
    </div>
  );
}
