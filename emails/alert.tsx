import { Button, Heading, Link, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type TAlertEmailProps = {
  lang: string;
  preview: string;
  heading: string;
  greeting: string;
  body: string;
  action: { label: string; url: string };
  unsubscribe: { label: string; line: string; url: string };
  footer: string;
};

// An alert the person chose (lib/server/alerts/): what happened, a button to the cabinet,
// and the one-click unsubscribe link for exactly this alert kind.
export default function AlertEmail({ lang, preview, heading, greeting, body, action, unsubscribe, footer }: TAlertEmailProps) {
  return (
    <EmailLayout preview={preview} footer={footer} lang={lang}>
      <Heading style={emailStyles.heading}>{heading}</Heading>
      <Text style={emailStyles.text}>{greeting}</Text>
      <Text style={emailStyles.text}>{body}</Text>
      <Button href={action.url} style={emailStyles.button}>
        {action.label}
      </Button>
      <Text style={emailStyles.small}>{action.url}</Text>
      <Text style={emailStyles.small}>
        {unsubscribe.line}{" "}
        <Link href={unsubscribe.url} data-unsubscribe>
          {unsubscribe.label}
        </Link>
      </Text>
    </EmailLayout>
  );
}

AlertEmail.PreviewProps = {
  lang: "ru",
  preview: "Баланс ниже 5 000,00 ₸",
  heading: "Баланс ниже 5 000,00 ₸",
  greeting: "Здравствуйте, Ерлан!",
  body: "Баланс лицевого счёта 100200 после списания составляет 3 120,00 ₸, это ниже выбранного вами порога 5 000,00 ₸. Пополните счёт, чтобы услуги не были приостановлены.",
  action: { label: "Открыть кабинет", url: "https://base.kompaas.tech/finance" },
  unsubscribe: {
    label: "Отписаться",
    line: "Больше не присылать письма «Низкий баланс»: https://base.kompaas.tech/unsubscribe/…",
    url: "https://base.kompaas.tech/unsubscribe/…",
  },
  footer: "Вы получили это письмо, потому что включили это оповещение в личном кабинете КОМПааС.тех.",
} satisfies TAlertEmailProps;
