import { LinkEmail, type TLinkEmailProps } from "./components/link-email";

export type TPasswordResetEmailProps = TLinkEmailProps;

// A single-use link, valid for one hour, to set a new password.
export default function PasswordResetEmail(props: TPasswordResetEmailProps) {
  return <LinkEmail {...props} />;
}

PasswordResetEmail.PreviewProps = {
  lang: "ru",
  url: "https://base.kompaas.tech/reset-password/Zr8Lk2sQ0vBn5mXe7TcYhW1aJ4gUoP9iDfKs3NqE6yR",
  copy: {
    preview: "Восстановление пароля",
    heading: "Задайте новый пароль",
    greeting: "Здравствуйте, Гульнара Смагулова!",
    body: "Мы получили запрос на восстановление пароля от личного кабинета. Чтобы задать новый пароль, перейдите по ссылке. После смены пароля все открытые сеансы будут завершены.",
    button: "Задать новый пароль",
    expiry: "Ссылка действует один час и только один раз (до 24.11.2026, 15:05).",
    ignore: "Если вы не запрашивали восстановление, не переходите по ссылке: пароль останется прежним.",
    footer: "Вы получили это письмо, потому что этот адрес указан в личном кабинете КОМПааС.тех.",
  },
} satisfies TPasswordResetEmailProps;
