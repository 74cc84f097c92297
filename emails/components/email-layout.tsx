import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";

export type TEmailLayoutProps = { preview: string; footer: string; lang?: string; children: React.ReactNode };

// The frame of every mail: the provider's name, the content, and why the person got it.
export function EmailLayout({ preview, footer, lang = "ru", children }: TEmailLayoutProps) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f1f5f9", fontFamily: "Arial, 'Helvetica Neue', sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 12, margin: "0 auto", maxWidth: 560, padding: 32 }}>
          <Text style={{ color: "#154fb4", fontSize: 18, fontWeight: 700, margin: "0 0 16px" }}>КОМПааС.тех</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e2e8f0", margin: "24px 0" }} />
          <Text style={{ color: "#64748b", fontSize: 12, lineHeight: "18px", margin: 0 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const emailStyles = {
  heading: { color: "#0f172a", fontSize: 20, fontWeight: 700, margin: "0 0 12px" },
  text: { color: "#334155", fontSize: 15, lineHeight: "22px", margin: "0 0 12px" },
  button: {
    backgroundColor: "#1a64e0",
    borderRadius: 8,
    color: "#ffffff",
    display: "inline-block",
    fontSize: 15,
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  small: { color: "#64748b", fontSize: 13, lineHeight: "20px", margin: "12px 0 0" },
} as const;
