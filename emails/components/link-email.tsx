import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./email-layout";

export type TLinkEmailProps = {
  lang: string;
  url: string;
  copy: { preview: string; heading: string; greeting: string; body: string; button: string; expiry: string; ignore: string; footer: string };
};

// The body shared by every mail that carries one single-use link (activation, password
// reset, email change): what it is for, the button, the link as text, its expiry, and
// what to do if the person did not ask for it.
export function LinkEmail({ lang, url, copy }: TLinkEmailProps) {
  return (
    <EmailLayout preview={copy.preview} footer={copy.footer} lang={lang}>
      <Heading style={emailStyles.heading}>{copy.heading}</Heading>
      <Text style={emailStyles.text}>{copy.greeting}</Text>
      <Text style={emailStyles.text}>{copy.body}</Text>
      <Button href={url} style={emailStyles.button}>
        {copy.button}
      </Button>
      <Text style={emailStyles.small}>{url}</Text>
      <Text style={emailStyles.small}>{copy.expiry}</Text>
      <Text style={emailStyles.small}>{copy.ignore}</Text>
    </EmailLayout>
  );
}
