import { notFound } from "next/navigation";

// The benchmark's reference: a dynamic render with no session, no database and one line,
// so every page is also measured against what the framework itself allows on this machine
// (the proxy and the root layout run for it as for any page). It exists only on a server
// started for the benchmark (BENCH=1).
export const dynamic = "force-dynamic";

export default function BenchBarePage() {
  if (process.env.BENCH !== "1") notFound();
  return <p data-testid="bench-bare">bare</p>;
}
