import { SecurityNoticeEmail } from "./components/security-notice-email";

export type TPasswordChangedEmailProps = {
  lang: string;
  resetUrl: string;
  copy: { preview: string; heading: string; greeting: string; body: string; sessions: string; warning: string; button: string; footer: string };
};

// Tells the person their password changed, so a change they did not make is noticed.
export default function PasswordChangedEmail({ lang, resetUrl, copy }: TPasswordChangedEmailProps) {
  return (
    <SecurityNoticeEmail lang={lang} copy={copy} paragraphs={[copy.body, copy.sessions, copy.warning]} action={{ url: resetUrl, label: copy.button }} />
  );
}

PasswordChangedEmail.PreviewProps = {
  lang: "ru",
  resetUrl: "https://base.kompaas.tech/forgot-password",
  copy: {
    preview: "Пароль от личного кабинета изменён",
    heading: "Пароль изменён",
    greeting: "Здравствуйте, Нурлан Ахметов!",
    body: "Пароль от вашей учётной записи изменён 24 ноября 2026 г. в 14:05 (адрес 95.56.12.4).",
    sessions: "Все другие сеансы в личном кабинете завершены.",
    warning: "Если вы не меняли пароль, немедленно восстановите его и сообщите в службу поддержки.",
    button: "Восстановить пароль",
    footer: "Вы получили это письмо, потому что этот адрес указан в личном кабинете КОМПааС.тех.",
  },
} satisfies TPasswordChangedEmailProps;
