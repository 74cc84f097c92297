import { requireCaller } from "@/lib/auth/guards";

// The grant is checked here, above the segment's loading skeleton: a refusal thrown inside
// the streamed page could no longer change the response's status from 200 to 403.
export default async function StatisticsLayout({ children }: { children: React.ReactNode }) {
  await requireCaller("statistics.read");
  return children;
}
