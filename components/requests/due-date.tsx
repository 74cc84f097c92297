import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { timeLeft } from "@/lib/server/requests/request-rules";
import { clock } from "@/lib/clock";

// A claim's answer deadline and how much time is left (or how late it is). Once the
// request is resolved or closed, only the date.
export async function DueDate({ dueAt, status, now = clock.now() }: { dueAt: Date | null; status: string; now?: Date }) {
  if (!dueAt) return <span className="text-slate-400">—</span>;
  const t = await getTranslations("requests.due");
  const format = await getFormatter();
  const date = format.dateTime(dueAt, { day: "2-digit", month: "2-digit", year: "numeric" });
  const isSettled = status === "RESOLVED" || status === "CLOSED";
  if (isSettled) return <span data-testid="due-date">{t("until", { date })}</span>;
  const left = timeLeft(dueAt, now);
  return (
    <span className="inline-flex flex-wrap items-center gap-2" data-testid="due-date">
      <span>{t("until", { date })}</span>
      <Badge tone={left.isOverdue ? "danger" : left.days < 3 ? "warning" : "info"}>
        <span data-testid="due-left">{t(left.isOverdue ? "overdue" : "left", { days: left.days, hours: left.hours })}</span>
      </Badge>
    </span>
  );
}
