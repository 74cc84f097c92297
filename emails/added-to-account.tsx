import { AccountAccessEmail, type TAccountAccessEmailProps } from "./components/account-access-email";

export type TAddedToAccountEmailProps = Omit<TAccountAccessEmailProps, "url" | "copy" | "notes"> & {
  loginUrl: string;
  strings: TAccountAccessEmailProps["copy"] & { switchHint: string; notYou: string };
};

// A person who already has a login was added to one more cabinet: no new login, only news.
export default function AddedToAccountEmail({ loginUrl, strings, ...details }: TAddedToAccountEmailProps) {
  const { switchHint, notYou, ...copy } = strings;
  return <AccountAccessEmail {...details} url={loginUrl} copy={copy} notes={[switchHint, notYou]} />;
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
