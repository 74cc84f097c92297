import { LinkEmail, type TLinkEmailProps } from "./components/link-email";

export type TActivationEmailProps = TLinkEmailProps;

// The single-use link that completes registration: the person picks a login and a password.
export default function ActivationEmail(props: TActivationEmailProps) {
  return <LinkEmail {...props} />;
}

ActivationEmail.PreviewProps = {
  lang: "ru",
  url: "https://base.kompaas.tech/activate/q0Yc1mJ6hW3p8sRk2TnVbXe4LzA9fGdU5iOwCyE7tHs",
  copy: {
    preview: "Завершите регистрацию в личном кабинете",
    heading: "Подтвердите адрес электронной почты",
    greeting: "Здравствуйте, Айгерим Нурланова!",
    body: "Вы зарегистрировались в личном кабинете КОМПааС.тех. Чтобы завершить регистрацию, перейдите по ссылке, выберите логин и задайте пароль.",
    button: "Завершить регистрацию",
    expiry: "Ссылка действует 24 часа и только один раз (до 25.11.2026, 14:05).",
    ignore: "Если вы не регистрировались, просто не отвечайте на это письмо: без перехода по ссылке учётная запись не будет создана.",
    footer: "Вы получили это письмо, потому что этот адрес указали при регистрации в личном кабинете КОМПааС.тех.",
  },
} satisfies TActivationEmailProps;
