import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./email-layout";

export type TSecurityNoticeEmailProps = {
  lang: string;
  copy: { preview: string; heading: string; greeting: string; footer: string };
  // What happened, then what to do if it was not them: one paragraph each.
  paragraphs: string[];
  // The way out, when there is one (reset the password).
  action?: { url: string; label: string };
};

// The body shared by the mails that tell a person something happened to their login (the
// password or the address changed, the login locked), so that what they did not do is noticed.
export function SecurityNoticeEmail({ lang, copy, paragraphs, action }: TSecurityNoticeEmailProps) {
  return (
    <EmailLayout preview={copy.preview} footer={copy.footer} lang={lang}>
      <Heading style={emailStyles.heading}>{copy.heading}</Heading>
      <Text style={emailStyles.text}>{copy.greeting}</Text>
      {paragraphs.map((paragraph, i) => (
        <Text key={i} style={emailStyles.text}>
          {paragraph}
        </Text>
      ))}
      {action && (
        <Button href={action.url} style={emailStyles.button}>
          {action.label}
        </Button>
      )}
    </EmailLayout>
  );
}
