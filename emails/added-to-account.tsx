import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type TAddedToAccountEmailProps = {
  lang: string;
  inviterName: string;
  subscriberName: string;
  accountNumber: string;
  loginUrl: string;
  strings: {
    preview: string;
    heading: string;
    greeting: string;
    intro: string;
    subscriberLabel: string;
    accountLabel: string;
    inviterLabel: string;
    button: string;
    switchHint: string;
    notYou: string;
    footer: string;
  };
};

const row = { ...emailStyles.text, margin: "0 0 4px" } as const;

// A person who already has a login was added to one more cabinet: no new login, only news.
export default function AddedToAccountEmail({ lang, inviterName, subscriberName, accountNumber, loginUrl, strings }: TAddedToAccountEmailProps) {
  return (
    <EmailLayout preview={strings.preview} footer={strings.footer} lang={lang}>
      <Heading style={emailStyles.heading}>{strings.heading}</Heading>
      <Text style={emailStyles.text}>{strings.greeting}</Text>
      <Text style={emailStyles.text}>{strings.intro}</Text>
      <Section style={{ backgroundColor: "#f8fafc", borderRadius: 8, margin: "0 0 16px", padding: "12px 16px" }}>
        <Text style={row}>
          {strings.subscriberLabel}: <strong>{subscriberName}</strong>
        </Text>
        <Text style={row}>
          {strings.accountLabel}: <strong>{accountNumber}</strong>
        </Text>
        <Text style={{ ...row, margin: 0 }}>
          {strings.inviterLabel}: <strong>{inviterName}</strong>
        </Text>
      </Section>
      <Button href={loginUrl} style={emailStyles.button}>
        {strings.button}
      </Button>
      <Text style={emailStyles.small}>{strings.switchHint}</Text>
      <Text style={emailStyles.small}>{strings.notYou}</Text>
    </EmailLayout>
  );
}

AddedToAccountEmail.PreviewProps = {
  lang: "ru",
  inviterName: "Арман Жумабаев",
  subscriberName: "ИП «Жумабаев А.К.»",
  accountNumber: "100000002",
  loginUrl: "https://base.kompaas.tech/login",
  strings: {
    preview: "Вам открыт доступ к личному кабинету ИП «Жумабаев А.К.»",
    heading: "Новый доступ к личному кабинету",
    greeting: "Здравствуйте, Тимур Оспанов!",
    intro: "Арман Жумабаев открыл вам доступ к личному кабинету абонента ИП «Жумабаев А.К.». Входите под своим обычным логином и паролем.",
    subscriberLabel: "Абонент",
    accountLabel: "Лицевой счёт",
    inviterLabel: "Доступ открыл",
    button: "Войти в кабинет",
    switchHint: "Лицевой счёт выбирается в верхней части экрана, если у вас их несколько.",
    notYou: "Если вы не знаете этого абонента, напишите в службу поддержки.",
    footer: "Вы получили это письмо, потому что зарегистрированы в личном кабинете КОМПааС.тех.",
  },
} satisfies TAddedToAccountEmailProps;
