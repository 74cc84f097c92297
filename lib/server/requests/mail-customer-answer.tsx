import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import NotificationEmail from "@/emails/notification";
import { deliverMail } from "./deliver-mail";

const EXCERPT = 1_000;

// Tells the customer side that staff answered: the request's creator (while still an
// active member of the account) and the account's owners, each in their own language.
export async function mailCustomerAnswer(requestId: string, body: string): Promise<string[]> {
  const request = await db.supportRequest.findUnique({
    where: { id: requestId },
    include: {
      account: {
        select: {
          memberships: { where: { status: "ACTIVE" }, select: { role: true, userId: true, user: true } },
        },
      },
    },
  });
  if (!request) return [];
  const recipients = new Map<string, (typeof request.account.memberships)[number]["user"]>();
  for (const m of request.account.memberships) {
    if (m.user.status !== "ACTIVE") continue;
    if (m.role === "OWNER" || m.userId === request.createdById) recipients.set(m.user.email, m.user);
  }
  const excerpt = body.length > EXCERPT ? `${body.slice(0, EXCERPT)}…` : body;
  const sent: string[] = [];
  for (const user of recipients.values()) {
    const t = await getTranslations({ locale: user.locale, namespace: "requests" });
    const values = { number: request.number, subject: request.subject };
    const ok = await deliverMail({
      to: user.email,
      subject: t("mail.answer.subject", values),
      template: "request-answer",
      react: (
        <NotificationEmail
          lang={user.locale}
          preview={t("mail.answer.subject", values)}
          heading={t("mail.answer.heading", values)}
          paragraphs={[t("mail.greeting", { name: user.name }), t("mail.answer.intro", values), excerpt]}
          action={{ label: t("mail.open"), url: `${appUrl()}/requests/${request.id}` }}
          footer={t("mail.footer")}
        />
      ),
    });
    if (ok) sent.push(user.email);
  }
  return sent;
}
