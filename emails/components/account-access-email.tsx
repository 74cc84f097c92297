import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./email-layout";

export type TAccountAccessEmailProps = {
  lang: string;
  inviterName: string;
  subscriberName: string;
  accountNumber: string;
  url: string;
  copy: {
    preview: string;
    heading: string;
    greeting: string;
    intro: string;
    subscriberLabel: string;
    accountLabel: string;
    inviterLabel: string;
    button: string;
    footer: string;
  };
  // The small print under the button, one paragraph each.
  notes: string[];
};

const row = { ...emailStyles.text, margin: "0 0 4px" } as const;

// The body shared by the mails that tell a person a cabinet was opened to them (an
// invitation to a new person, the news to one who already has a login): who opened which
// subscriber's account, one button, and the small print.
export function AccountAccessEmail({ lang, inviterName, subscriberName, accountNumber, url, copy, notes }: TAccountAccessEmailProps) {
  return (
    <EmailLayout preview={copy.preview} footer={copy.footer} lang={lang}>
      <Heading style={emailStyles.heading}>{copy.heading}</Heading>
      <Text style={emailStyles.text}>{copy.greeting}</Text>
      <Text style={emailStyles.text}>{copy.intro}</Text>
      <Section style={{ backgroundColor: "#f8fafc", borderRadius: 8, margin: "0 0 16px", padding: "12px 16px" }}>
        <Text style={row}>
          {copy.subscriberLabel}: <strong>{subscriberName}</strong>
        </Text>
        <Text style={row}>
          {copy.accountLabel}: <strong>{accountNumber}</strong>
        </Text>
        <Text style={{ ...row, margin: 0 }}>
          {copy.inviterLabel}: <strong>{inviterName}</strong>
        </Text>
      </Section>
      <Button href={url} style={emailStyles.button}>
        {copy.button}
      </Button>
      {notes.map((note, i) => (
        <Text key={i} style={emailStyles.small}>
          {note}
        </Text>
      ))}
    </EmailLayout>
  );
}
