import { notFound } from "next/navigation";
import { requireCaller } from "@/lib/auth/guards";
import { Card } from "@/components/ui/card";

// The benchmark's floor: the signed-in shell and a dynamic render with no data of its own,
// so each cabinet page is compared with what the framework and the session cost anyway.
// It exists only on a server started for the benchmark (BENCH=1).
export default async function BenchFloorPage() {
  if (process.env.BENCH !== "1") notFound();
  await requireCaller();
  return <Card data-testid="bench-floor">&nbsp;</Card>;
}
