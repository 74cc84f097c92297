import { SecurityNoticeEmail } from "./components/security-notice-email";

export type TEmailChangedEmailProps = {
  lang: string;
  copy: { preview: string; heading: string; greeting: string; body: string; warning: string; footer: string };
};

// Sent to the OLD address once the change applied, so a hijack does not go unnoticed.
export default function EmailChangedEmail({ lang, copy }: TEmailChangedEmailProps) {
  return <SecurityNoticeEmail lang={lang} copy={copy} paragraphs={[copy.body, copy.warning]} />;
}

EmailChangedEmail.PreviewProps = {
  lang: "ru",
  copy: {
    preview: "Адрес электронной почты изменён",
    heading: "Адрес электронной почты изменён",
    greeting: "Здравствуйте, Айгерим Нурланова!",
    body: "24 ноября 2026 г. в 14:05 адрес электронной почты вашей учётной записи в личном кабинете изменён на a.nurlanova@company.kz. Письма теперь приходят на новый адрес.",
    warning: "Если вы этого не делали, срочно напишите в службу поддержки: support@kompaas.tech.",
    footer: "Вы получили это письмо, потому что этот адрес был указан в личном кабинете КОМПааС.тех.",
  },
} satisfies TEmailChangedEmailProps;
