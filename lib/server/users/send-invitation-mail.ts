import "server-only";
import { createElement } from "react";
import { getTranslations } from "next-intl/server";
import { sendEmail } from "@/lib/email/send-email";
import { issueAuthToken } from "@/lib/server/auth/issue-auth-token";
import InvitationEmail from "@/emails/invitation";
import { formatAlmatyDateTime } from "@/lib/intl-cache";

export type TInvitee = { id: string; email: string; name: string; locale: string };
export type TInviteContext = { inviterName: string; subscriberName: string; accountNumber: string };

// A fresh single-use activation link (any older one stops working) in the invitee's
// language, through the outbox (lib/email/mail-queue.ts).
export async function sendInvitationMail(invitee: TInvitee, context: TInviteContext): Promise<void> {
  const { url, expiresAt } = await issueAuthToken(invitee.id, "ACTIVATION");
  const t = await getTranslations({ locale: invitee.locale, namespace: "users.mail.invitation" });
  const names = { inviter: context.inviterName, subscriber: context.subscriberName };
  await sendEmail({
    to: invitee.email,
    subject: t("subject", names),
    template: "invitation",
    react: createElement(InvitationEmail, {
      lang: invitee.locale,
      ...context,
      activationUrl: url,
      strings: {
        preview: t("preview", names),
        heading: t("heading"),
        greeting: t("greeting", { name: invitee.name }),
        intro: t("intro", names),
        subscriberLabel: t("subscriberLabel"),
        accountLabel: t("accountLabel"),
        inviterLabel: t("inviterLabel"),
        button: t("button"),
        expiry: t("expiry", { until: formatAlmatyDateTime(expiresAt, invitee.locale) }),
        ignore: t("ignore"),
        footer: t("footer"),
      },
    }),
  });
}
