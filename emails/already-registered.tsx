import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type TAlreadyRegisteredEmailProps = {
  lang: string;
  loginUrl: string;
  resetUrl: string;
  copy: { preview: string; heading: string; greeting: string; body: string; button: string; forgot: string; ignore: string; footer: string };
};

// Someone registered with an address that already has an account: no second account is
// made; the owner of the address learns how to get in instead.
export default function AlreadyRegisteredEmail({ lang, loginUrl, resetUrl, copy }: TAlreadyRegisteredEmailProps) {
  return (
    <EmailLayout preview={copy.preview} footer={copy.footer} lang={lang}>
      <Heading style={emailStyles.heading}>{copy.heading}</Heading>
      <Text style={emailStyles.text}>{copy.greeting}</Text>
      <Text style={emailStyles.text}>{copy.body}</Text>
      <Button href={loginUrl} style={emailStyles.button}>
        {copy.button}
      </Button>
      <Text style={emailStyles.small}>
        {copy.forgot} <Link href={resetUrl}>{resetUrl}</Link>
      </Text>
      <Text style={emailStyles.small}>{copy.ignore}</Text>
    </EmailLayout>
  );
}

AlreadyRegisteredEmail.PreviewProps = {
  lang: "ru",
  loginUrl: "https://base.kompaas.tech/login",
  resetUrl: "https://base.kompaas.tech/forgot-password",
  copy: {
    preview: "Этот адрес уже зарегистрирован",
    heading: "У вас уже есть учётная запись",
    greeting: "Здравствуйте, Нурлан Ахметов!",
    body: "Кто-то, возможно вы, попытался зарегистрироваться в личном кабинете с этим адресом. Второй учётной записи мы не создали: войдите под своим логином или адресом почты.",
    button: "Войти в кабинет",
    forgot: "Не помните пароль? Восстановите его:",
    ignore: "Если это были не вы, ничего делать не нужно: ваша учётная запись не изменилась.",
    footer: "Вы получили это письмо, потому что этот адрес указан в личном кабинете КОМПааС.тех.",
  },
} satisfies TAlreadyRegisteredEmailProps;
