import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import NotificationEmail from "@/emails/notification";
import { deliverMail } from "./deliver-mail";

const EXCERPT = 1_000;

// The support team's mailbox for requests nobody has taken yet.
export function supportEmail(): string {
  return (process.env.SUPPORT_EMAIL || "support@kompaas.tech").toLowerCase();
}

// Tells the staff side about a customer's new request or message: the assignee, or the
// support mailbox while nobody has taken it.
export async function mailStaffMessage(requestId: string, body: string, event: "created" | "reply"): Promise<string | null> {
  const request = await db.supportRequest.findUnique({
    where: { id: requestId },
    include: { assignee: true, account: { select: { number: true, subscriber: { select: { shortName: true } } } } },
  });
  if (!request) return null;
  const assignee = request.assignee && request.assignee.staffRole && request.assignee.status === "ACTIVE" ? request.assignee : null;
  const to = assignee?.email ?? supportEmail();
  const locale = assignee?.locale ?? "ru";
  const t = await getTranslations({ locale, namespace: "requests" });
  const values = { number: request.number, subject: request.subject, account: `${request.account.number} · ${request.account.subscriber.shortName}` };
  const excerpt = body.length > EXCERPT ? `${body.slice(0, EXCERPT)}…` : body;
  const ok = await deliverMail({
    to,
    subject: t(`mail.staff.${event}.subject`, values),
    template: "request-staff",
    react: (
      <NotificationEmail
        lang={locale}
        preview={t(`mail.staff.${event}.subject`, values)}
        heading={t(`mail.staff.${event}.subject`, values)}
        paragraphs={[t("mail.staff.intro", values), excerpt]}
        action={{ label: t("mail.open"), url: `${appUrl()}/staff/requests/${request.id}` }}
        footer={t("mail.staff.footer")}
      />
    ),
  });
  return ok ? to : null;
}
