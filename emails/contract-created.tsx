import { Button, Column, Heading, Row, Section, Text } from "@react-email/components";
import { EmailLayout, emailStyles } from "./components/email-layout";

export type TContractCreatedEmailProps = {
  lang: string;
  preview: string;
  heading: string;
  paragraphs: string[];
  details: Array<{ label: string; value: string }>;
  servicesTitle: string;
  services: Array<{ name: string; quantity: string; amount: string }>;
  totals: Array<{ label: string; value: string; isStrong?: boolean }>;
  action: { label: string; url: string };
  statement: { label: string; url: string };
  note: string;
  footer: string;
};

const cell = { color: "#334155", fontSize: 14, lineHeight: "20px", margin: "0 0 6px" } as const;
const label = { ...cell, color: "#64748b" } as const;

// Sent once the offer is accepted: the contract's number and date, the account, the
// services with their monthly total, and where to find the statement of accession.
export default function ContractCreatedEmail(props: TContractCreatedEmailProps) {
  return (
    <EmailLayout preview={props.preview} footer={props.footer} lang={props.lang}>
      <Heading style={emailStyles.heading}>{props.heading}</Heading>
      {props.paragraphs.map((p, i) => (
        <Text key={i} style={emailStyles.text}>
          {p}
        </Text>
      ))}
      <Section style={{ margin: "8px 0 16px" }}>
        {props.details.map((d) => (
          <Row key={d.label}>
            <Column style={{ width: "45%", verticalAlign: "top" }}>
              <Text style={label}>{d.label}</Text>
            </Column>
            <Column style={{ verticalAlign: "top" }}>
              <Text style={{ ...cell, fontWeight: 600 }}>{d.value}</Text>
            </Column>
          </Row>
        ))}
      </Section>
      <Text style={{ ...emailStyles.text, fontWeight: 700 }}>{props.servicesTitle}</Text>
      <Section style={{ margin: "0 0 16px" }}>
        {props.services.map((s, i) => (
          <Row key={i}>
            <Column style={{ verticalAlign: "top" }}>
              <Text style={cell}>
                {s.name} × {s.quantity}
              </Text>
            </Column>
            <Column style={{ width: "35%", verticalAlign: "top" }}>
              <Text style={{ ...cell, textAlign: "right" }}>{s.amount}</Text>
            </Column>
          </Row>
        ))}
        {props.totals.map((total) => (
          <Row key={total.label}>
            <Column>
              <Text style={{ ...label, fontWeight: total.isStrong ? 700 : 400 }}>{total.label}</Text>
            </Column>
            <Column style={{ width: "35%" }}>
              <Text style={{ ...cell, textAlign: "right", fontWeight: total.isStrong ? 700 : 400 }}>{total.value}</Text>
            </Column>
          </Row>
        ))}
      </Section>
      <Button href={props.action.url} style={emailStyles.button}>
        {props.action.label}
      </Button>
      <Text style={emailStyles.small}>
        {props.statement.label}: {props.statement.url}
      </Text>
      <Text style={emailStyles.small}>{props.note}</Text>
    </EmailLayout>
  );
}

ContractCreatedEmail.PreviewProps = {
  lang: "ru",
  preview: "Договор KMP-2026-000124 заключён",
  heading: "Договор заключён",
  paragraphs: [
    "Здравствуйте, Айгерим!",
    "ТОО «Степь Телеком» присоединилось к публичной оферте КОМПааС.тех. Договор заключён, услуги подключены, личный кабинет уже работает в полном режиме.",
  ],
  details: [
    { label: "Номер договора", value: "KMP-2026-000124" },
    { label: "Дата договора", value: "24 ноября 2026 г." },
    { label: "Лицевой счёт", value: "100000127" },
    { label: "Метод расчётов", value: "Постоплата" },
    { label: "Редакция оферты", value: "1.0 от 1 октября 2025 г." },
  ],
  servicesTitle: "Подключённые услуги (в месяц, без НДС)",
  services: [
    { name: "Бизнес 100 Мбит/с", quantity: "1", amount: "45 000,00 ₸" },
    { name: "SIP-линия", quantity: "5", amount: "7 500,00 ₸" },
  ],
  totals: [
    { label: "Итого без НДС", value: "52 500,00 ₸" },
    { label: "НДС 16 %", value: "8 400,00 ₸" },
    { label: "Итого в месяц с НДС", value: "60 900,00 ₸", isStrong: true },
  ],
  action: { label: "Открыть личный кабинет", url: "https://base.kompaas.tech/dashboard" },
  statement: { label: "Заявление о присоединении (PDF)", url: "https://base.kompaas.tech/accession/done" },
  note: "Если вы не оформляли договор, немедленно напишите в поддержку: support@kompaas.tech.",
  footer: "Вы получили это письмо, потому что заключили договор в личном кабинете КОМПааС.тех.",
} satisfies TContractCreatedEmailProps;
