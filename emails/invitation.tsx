import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type TInvitationEmailProps = {
  lang: string;
  inviterName: string;
  subscriberName: string;
  accountNumber: string;
  activationUrl: string;
  // Already translated on the server in the person's language (the `users.mail` catalogue).
  strings: {
    preview: string;
    heading: string;
    greeting: string;
    intro: string;
    subscriberLabel: string;
    accountLabel: string;
    inviterLabel: string;
    button: string;
    expiry: string;
    ignore: string;
    footer: string;
  };
};

const row = { ...emailStyles.text, margin: "0 0 4px" } as const;

// The owner of a cabinet invites a new person: one activation link, single use, expiring.
export default function InvitationEmail({ lang, inviterName, subscriberName, accountNumber, activationUrl, strings }: TInvitationEmailProps) {
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
      <Button href={activationUrl} style={emailStyles.button}>
        {strings.button}
      </Button>
      <Text style={emailStyles.small}>{activationUrl}</Text>
      <Text style={emailStyles.small}>{strings.expiry}</Text>
      <Text style={emailStyles.small}>{strings.ignore}</Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  lang: "ru",
  inviterName: "Нурлан Ахметов",
  subscriberName: "ТОО «Астана Логистик»",
  accountNumber: "100000001",
  activationUrl: "https://base.kompaas.tech/activate/Xk3v9pQ2mZrT7bYw1cN5sH8dLfA0eJ4gU6oKiR2tV9s",
  strings: {
    preview: "Нурлан Ахметов приглашает вас в личный кабинет ТОО «Астана Логистик»",
    heading: "Приглашение в личный кабинет",
    greeting: "Здравствуйте, Айгерим Тулегенова!",
    intro:
      "Нурлан Ахметов, владелец личного кабинета абонента ТОО «Астана Логистик», создал для вас учётную запись. Чтобы войти, придумайте логин и пароль по ссылке ниже.",
    subscriberLabel: "Абонент",
    accountLabel: "Лицевой счёт",
    inviterLabel: "Пригласил",
    button: "Принять приглашение",
    expiry: "Ссылка одноразовая и действует до 25.11.2026 14:05 (время Астаны).",
    ignore: "Если вы не ждали этого письма, просто проигнорируйте его: без перехода по ссылке учётная запись не будет активирована.",
    footer: "Вы получили это письмо, потому что владелец личного кабинета КОМПааС.тех указал ваш адрес.",
  },
} satisfies TInvitationEmailProps;
