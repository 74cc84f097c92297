import { queryCounter } from "@/lib/db";

export const dynamic = "force-dynamic";

// The benchmark reads how many Prisma queries the last request ran (QUERY_COUNT=1 makes
// lib/db.ts count them) and resets the counter before the next one: GET ?reset=1.
// Only on a server started for the benchmark (BENCH=1); 404 everywhere else.
export async function GET(request: Request) {
  if (process.env.BENCH !== "1") return new Response("Not found", { status: 404 });
  const count = queryCounter.count;
  if (new URL(request.url).searchParams.get("reset") === "1") queryCounter.count = 0;
  return Response.json({ count, isCounting: process.env.QUERY_COUNT === "1" }, { headers: { "Cache-Control": "no-store" } });
}
