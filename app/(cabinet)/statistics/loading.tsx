import { Card, Skeleton } from "@/components/ui/card";

export default function StatisticsLoading() {
  return (
    <div aria-busy="true" data-testid="statistics-loading">
      <Skeleton className="mb-2 h-8 w-48" />
      <Skeleton className="mb-6 h-4 w-80 max-w-full" />
      <Card className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </Card>
      <Card className="mb-6">
        <Skeleton className="h-56 w-full" />
      </Card>
      <Card className="space-y-2">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} className="h-6 w-full" />
        ))}
      </Card>
    </div>
  );
}
