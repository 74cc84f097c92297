import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type TNotificationEmailProps = {
  lang: string;
  preview: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  note?: string;
  footer: string;
};

// A general-purpose mail: a heading, paragraphs and at most one button. Features whose
// mail is no more than that use it rather than a template of their own.
export default function NotificationEmail({ lang, preview, heading, paragraphs, action, note, footer }: TNotificationEmailProps) {
  return (
    <EmailLayout preview={preview} footer={footer} lang={lang}>
      <Heading style={emailStyles.heading}>{heading}</Heading>
      {paragraphs.map((p, i) => (
        <Text key={i} style={emailStyles.text}>
          {p}
        </Text>
      ))}
      {action && (
        <Button href={action.url} style={emailStyles.button}>
          {action.label}
        </Button>
      )}
      {action && <Text style={emailStyles.small}>{action.url}</Text>}
      {note && <Text style={emailStyles.small}>{note}</Text>}
    </EmailLayout>
  );
}

NotificationEmail.PreviewProps = {
  lang: "ru",
  preview: "Ваш пароль изменён",
  heading: "Пароль изменён",
  paragraphs: ["Здравствуйте, Айгерим!", "Пароль от личного кабинета изменён 24.11.2026 в 14:05. Другие сеансы завершены."],
  action: { label: "Войти в кабинет", url: "https://base.kompaas.tech/login" },
  note: "Если это были не вы, немедленно восстановите пароль и напишите в поддержку.",
  footer: "Вы получили это письмо, потому что зарегистрированы в личном кабинете КОМПааС.тех.",
} satisfies TNotificationEmailProps;
