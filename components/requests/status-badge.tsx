import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";

const TONES = {
  NEW: "info",
  IN_PROGRESS: "warning",
  WAITING_CUSTOMER: "danger",
  RESOLVED: "success",
  CLOSED: "neutral",
} as const;

export async function RequestStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("requests.status");
  return (
    <span data-testid="request-status">
      <Badge tone={TONES[status as keyof typeof TONES] ?? "neutral"}>{t(status as never)}</Badge>
    </span>
  );
}
