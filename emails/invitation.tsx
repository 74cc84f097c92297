import { AccountAccessEmail, type TAccountAccessEmailProps } from "./components/account-access-email";

export type TInvitationEmailProps = Omit<TAccountAccessEmailProps, "url" | "copy" | "notes"> & {
  activationUrl: string;
  // Already translated on the server in the person's language (the `users.mail` catalogue).
  strings: TAccountAccessEmailProps["copy"] & { expiry: string; ignore: string };
};

// The owner of a cabinet invites a new person: one activation link, single use, expiring.
export default function InvitationEmail({ activationUrl, strings, ...details }: TInvitationEmailProps) {
  const { expiry, ignore, ...copy } = strings;
  return <AccountAccessEmail {...details} url={activationUrl} copy={copy} notes={[activationUrl, expiry, ignore]} />;
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
