import { LinkEmail, type TLinkEmailProps } from "./components/link-email";

export type TEmailChangeEmailProps = TLinkEmailProps;

// Sent to the NEW address: the change applies only once its owner follows the link.
export default function EmailChangeEmail(props: TEmailChangeEmailProps) {
  return <LinkEmail {...props} />;
}

EmailChangeEmail.PreviewProps = {
  lang: "ru",
  url: "https://base.kompaas.tech/confirm-email/Hc4Wq9ZtL1mN7bVx2KsR8pYe0jFa5GdU3iOoT6yEkQw",
  copy: {
    preview: "Подтвердите новый адрес электронной почты",
    heading: "Подтвердите новый адрес",
    greeting: "Здравствуйте, Айгерим Нурланова!",
    body: "В личном кабинете КОМПааС.тех попросили сменить адрес электронной почты учётной записи на этот. Чтобы подтвердить смену, перейдите по ссылке.",
    button: "Подтвердить адрес",
    expiry: "Ссылка действует 24 часа и только один раз (до 25.11.2026, 14:05).",
    ignore: "Если вы этого не запрашивали, не переходите по ссылке: адрес не изменится.",
    footer: "Вы получили это письмо, потому что этот адрес указали в личном кабинете КОМПааС.тех.",
  },
} satisfies TEmailChangeEmailProps;
