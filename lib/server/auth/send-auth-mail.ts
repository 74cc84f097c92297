import "server-only";
import { createElement, type ReactElement } from "react";
import { createTranslator } from "next-intl";
import { render } from "@react-email/render";
import type { Tx } from "@/lib/db";
import { queueMail, type TRenderedEmail } from "@/lib/email/mail-queue";
import { loadMessages } from "@/lib/i18n/messages";
import { appUrl } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import ActivationEmail from "@/emails/activation";
import AlreadyRegisteredEmail from "@/emails/already-registered";
import PasswordResetEmail from "@/emails/password-reset";
import PasswordChangedEmail from "@/emails/password-changed";
import LoginLockedEmail from "@/emails/login-locked";
import EmailChangeEmail from "@/emails/email-change";
import EmailChangedEmail from "@/emails/email-changed";
import { formatDateTime } from "./format-date-time";
import { clock } from "@/lib/clock";

export type TMailRecipient = { email: string; name: string; locale: string };

export type TAuthMail =
  | { kind: "activation"; url: string; expiresAt: Date }
  | { kind: "already-registered" }
  | { kind: "password-reset"; url: string; expiresAt: Date }
  | { kind: "password-changed"; ip: string; allSessions: boolean }
  | { kind: "login-locked"; ip: string; until: Date }
  // Both go to an address other than the stored one: the new, or the old.
  | { kind: "email-change"; url: string; expiresAt: Date; to: string }
  | { kind: "email-changed"; newEmail: string; to: string };

// Every mail of the sign-in flows goes to the outbox as data, with `tx` when it belongs to
// a transaction (the token it carries, say); the worker renders it. So the request does
// the same work whether or not a mail results: a reset for an unknown address answers in
// the time of one for a known one.
export async function sendAuthMail(person: TMailRecipient, mail: TAuthMail, tx?: Tx): Promise<void> {
  await queueMail({ kind: "auth", person: { email: person.email, name: person.name, locale: person.locale }, mail }, tx);
}

// Written in the person's own language (User.locale), not in the language of whoever
// triggered it. Runs in the worker, outside any request: its own translator.
export async function renderAuthMail(person: TMailRecipient, mail: TAuthMail): Promise<TRenderedEmail> {
  const locale = isLocale(person.locale) ? person.locale : "ru";
  const t = createTranslator({ locale, messages: (await loadMessages(locale)) as never, namespace: "emails" as never }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const base = { greeting: t("greeting", { name: person.name }), footer: t("footer") };
  const now = formatDateTime(clock.now(), locale);

  let subject: string;
  let react: ReactElement;
  switch (mail.kind) {
    case "activation": {
      const until = formatDateTime(mail.expiresAt, locale);
      subject = t("activation.subject");
      react = createElement(ActivationEmail, {
        lang: locale,
        url: mail.url,
        copy: {
          ...base,
          preview: t("activation.preview"),
          heading: t("activation.heading"),
          body: t("activation.body"),
          button: t("activation.button"),
          expiry: t("activation.expiry", { until }),
          ignore: t("activation.ignore"),
        },
      });
      break;
    }
    case "already-registered":
      subject = t("alreadyRegistered.subject");
      react = createElement(AlreadyRegisteredEmail, {
        lang: locale,
        loginUrl: `${appUrl()}/login`,
        resetUrl: `${appUrl()}/forgot-password`,
        copy: {
          ...base,
          preview: t("alreadyRegistered.preview"),
          heading: t("alreadyRegistered.heading"),
          body: t("alreadyRegistered.body"),
          button: t("alreadyRegistered.button"),
          forgot: t("alreadyRegistered.forgot"),
          ignore: t("alreadyRegistered.ignore"),
        },
      });
      break;
    case "password-reset": {
      const until = formatDateTime(mail.expiresAt, locale);
      subject = t("passwordReset.subject");
      react = createElement(PasswordResetEmail, {
        lang: locale,
        url: mail.url,
        copy: {
          ...base,
          preview: t("passwordReset.preview"),
          heading: t("passwordReset.heading"),
          body: t("passwordReset.body"),
          button: t("passwordReset.button"),
          expiry: t("passwordReset.expiry", { until }),
          ignore: t("passwordReset.ignore"),
        },
      });
      break;
    }
    case "password-changed":
      subject = t("passwordChanged.subject");
      react = createElement(PasswordChangedEmail, {
        lang: locale,
        resetUrl: `${appUrl()}/forgot-password`,
        copy: {
          ...base,
          preview: t("passwordChanged.preview"),
          heading: t("passwordChanged.heading"),
          body: t("passwordChanged.body", { when: now, ip: mail.ip }),
          sessions: mail.allSessions ? t("passwordChanged.sessionsAll") : t("passwordChanged.sessionsOther"),
          warning: t("passwordChanged.warning"),
          button: t("passwordChanged.button"),
        },
      });
      break;
    case "login-locked":
      subject = t("loginLocked.subject");
      react = createElement(LoginLockedEmail, {
        lang: locale,
        resetUrl: `${appUrl()}/forgot-password`,
        copy: {
          ...base,
          preview: t("loginLocked.preview"),
          heading: t("loginLocked.heading"),
          body: t("loginLocked.body", { when: now, ip: mail.ip, until: formatDateTime(new Date(mail.until), locale) }),
          warning: t("loginLocked.warning"),
          button: t("loginLocked.button"),
        },
      });
      break;
    case "email-change": {
      const until = formatDateTime(mail.expiresAt, locale);
      subject = t("emailChange.subject");
      react = createElement(EmailChangeEmail, {
        lang: locale,
        url: mail.url,
        copy: {
          ...base,
          preview: t("emailChange.preview"),
          heading: t("emailChange.heading"),
          body: t("emailChange.body"),
          button: t("emailChange.button"),
          expiry: t("emailChange.expiry", { until }),
          ignore: t("emailChange.ignore"),
        },
      });
      break;
    }
    case "email-changed":
      subject = t("emailChanged.subject");
      react = createElement(EmailChangedEmail, {
        lang: locale,
        copy: {
          ...base,
          preview: t("emailChanged.preview"),
          heading: t("emailChanged.heading"),
          body: t("emailChanged.body", { when: now, email: mail.newEmail }),
          warning: t("emailChanged.warning"),
        },
      });
      break;
  }
  const to = "to" in mail ? mail.to : person.email;
  return { to, subject, template: mail.kind, html: await render(react), text: await render(react, { plainText: true }) };
}
