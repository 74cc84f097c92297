import "server-only";
import { render } from "@react-email/render";
import { appUrl } from "@/lib/env";
import type { TRenderedEmail } from "@/lib/email/mail-queue";
import AlertEmail from "@/emails/alert";
import { alertsTranslator, messageValues, toLocale, type TAlertMessage } from "./alert-message";
import { createUnsubscribeToken } from "./unsubscribe-token";
import { alertTemplate } from "./alert-kinds";

export type TAlertMail = {
  to: string;
  name: string;
  locale: string;
  userId: string;
  accountId: string;
  accountNumber: string;
  message: TAlertMessage;
};

// The worker's half of an alert mail: the text in the person's language, the button to the
// cabinet, the unsubscribe link in the body (a page that asks before it acts) and the RFC 8058
// headers (a POST to /api/unsubscribe/<token> acts at once, for the mail client's button).
export async function renderAlertMail(mail: TAlertMail): Promise<TRenderedEmail> {
  const locale = toLocale(mail.locale);
  const t = await alertsTranslator(locale);
  const values = messageValues(mail.message, locale);
  const title = t(`messages.${mail.message.key}.title`, values);
  const token = createUnsubscribeToken({ userId: mail.userId, accountId: mail.accountId, kind: mail.message.kind });
  const base = appUrl();
  const unsubscribeUrl = `${base}/unsubscribe/${token}`;
  const react = (
    <AlertEmail
      lang={locale}
      preview={title}
      heading={title}
      greeting={t("mail.greeting", { name: mail.name })}
      body={t(`messages.${mail.message.key}.body`, values)}
      action={{ label: t("mail.open"), url: `${base}${mail.message.path}` }}
      unsubscribe={{
        label: t("mail.unsubscribeLabel"),
        line: t("mail.unsubscribe", { kind: t(`kinds.${mail.message.kind}.label`), url: unsubscribeUrl }),
        url: unsubscribeUrl,
      }}
      footer={t("mail.footer")}
    />
  );
  return {
    to: mail.to,
    subject: title,
    template: alertTemplate(mail.message.kind),
    html: await render(react),
    text: await render(react, { plainText: true }),
    headers: {
      "List-Unsubscribe": `<${base}/api/unsubscribe/${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
