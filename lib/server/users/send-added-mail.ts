import "server-only";
import { createElement } from "react";
import { getTranslations } from "next-intl/server";
import { sendEmail } from "@/lib/email/send-email";
import { appUrl } from "@/lib/env";
import AddedToAccountEmail from "@/emails/added-to-account";
import type { TInviteContext, TInvitee } from "./send-invitation-mail";

// A person who already has a login was added to this cabinet: no new login, only news.
export async function sendAddedMail(person: TInvitee, context: TInviteContext): Promise<void> {
  const t = await getTranslations({ locale: person.locale, namespace: "users.mail.added" });
  const names = { inviter: context.inviterName, subscriber: context.subscriberName };
  await sendEmail({
    to: person.email,
    subject: t("subject", names),
    template: "added-to-account",
    react: createElement(AddedToAccountEmail, {
      lang: person.locale,
      ...context,
      loginUrl: `${appUrl()}/login`,
      strings: {
        preview: t("preview", names),
        heading: t("heading"),
        greeting: t("greeting", { name: person.name }),
        intro: t("intro", names),
        subscriberLabel: t("subscriberLabel"),
        accountLabel: t("accountLabel"),
        inviterLabel: t("inviterLabel"),
        button: t("button"),
        switchHint: t("switchHint"),
        notYou: t("notYou"),
        footer: t("footer"),
      },
    }),
  });
}
