import { SecurityNoticeEmail } from "./components/security-notice-email";

export type TLoginLockedEmailProps = {
  lang: string;
  resetUrl: string;
  copy: { preview: string; heading: string; greeting: string; body: string; warning: string; button: string; footer: string };
};

// Tells the owner of a login that wrong passwords locked it, so that guessing they did not do
// is noticed (and the password changed) rather than only endured.
export default function LoginLockedEmail({ lang, resetUrl, copy }: TLoginLockedEmailProps) {
  return <SecurityNoticeEmail lang={lang} copy={copy} paragraphs={[copy.body, copy.warning]} action={{ url: resetUrl, label: copy.button }} />;
}

LoginLockedEmail.PreviewProps = {
  lang: "ru",
  resetUrl: "https://base.kompaas.tech/forgot-password",
  copy: {
    preview: "Вход в личный кабинет заблокирован на 15 минут",
    heading: "Вход заблокирован на 15 минут",
    greeting: "Здравствуйте, Нурлан Ахметов!",
    body: "6 декабря 2026 г. в 14:05 в ваш личный кабинет пять раз подряд ввели неверный пароль (IP-адрес 95.56.12.4). Вход по вашему логину заблокирован до 14:20.",
    warning: "Если это были не вы, смените пароль: ссылка ниже. Если это были вы и вы не помните пароль, восстановите его.",
    button: "Восстановить пароль",
    footer: "Вы получили это письмо, потому что этот адрес указан в личном кабинете КОМПааС.тех.",
  },
} satisfies TLoginLockedEmailProps;
