import "server-only";
import { createElement } from "react";
import { getTranslations } from "next-intl/server";
import NotificationEmail from "@/emails/notification";
import { sendEmail } from "@/lib/email/send-email";
import type { Tx } from "@/lib/db";
import { isLocale } from "@/lib/i18n/config";

type TMailKey =
  | "activation"
  | "newOwner"
  | "accessRequested"
  | "accountSuspended"
  | "accountResumed"
  | "accountTerminated"
  | "accountBlocked"
  | "accountUnblocked"
  | "userBlocked"
  | "userUnblocked"
  | "memberBlocked"
  | "memberUnblocked";

// The staff console's mail, in the recipient's language, on the generic template. The
// texts live in the `staff.mail` catalogue; `values` fill their placeholders.
export async function sendStaffMail(
  to: { email: string; name: string; locale: string },
  key: TMailKey,
  values: Record<string, string>,
  action?: { url: string },
  tx?: Tx,
): Promise<void> {
  const locale = isLocale(to.locale) ? to.locale : "ru";
  const t = await getTranslations({ locale, namespace: "staff.mail" });
  const v = { name: to.name, ...values };
  await sendEmail({
    to: to.email,
    subject: t(`${key}.subject`, v),
    template: `staff-${key}`,
    react: createElement(NotificationEmail, {
      lang: locale,
      preview: t(`${key}.subject`, v),
      heading: t(`${key}.heading`, v),
      paragraphs: [t("greeting", v), t(`${key}.text`, v)],
      action: action ? { label: t(`${key}.action`, v), url: action.url } : undefined,
      footer: t("footer"),
    }),
  }, tx);
}
