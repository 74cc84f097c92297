import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";

const TONES = {
  NEW: "info",
  IN_PROGRESS: "warning",
  WAITING_CUSTOMER: "danger",
  RESOLVED: "success",
  CLOSED: "neutral",
} as const;

// Customers read "waiting for your reply"; staff read "waiting for the customer".
export async function RequestStatusBadge({ status, viewer = "customer" }: { status: string; viewer?: "customer" | "staff" }) {
  const t = await getTranslations(viewer === "staff" ? "requests.staff.status" : "requests.status");
  return (
    <span data-testid="request-status">
      <Badge tone={TONES[status as keyof typeof TONES] ?? "neutral"}>{t(status as never)}</Badge>
    </span>
  );
}
