import "server-only";
import { db, type Tx } from "@/lib/db";
import { clock } from "@/lib/clock";
import type { TAuthMail, TMailRecipient } from "@/lib/server/auth/send-auth-mail";
import type { TSignInRequest } from "@/lib/server/auth/handle-sign-in-request";
import type { TAlertMail } from "@/lib/server/alerts/render-alert-mail";
import { alertTemplate } from "@/lib/server/alerts/alert-kinds";

// The one way a mail enters the cabinet's outbox. A job is a row of MailJob, written by
// the same client (and so in the same transaction) as the change that causes it; the
// worker (deliver-due-mail.ts) renders what is left to render, delivers it, and retries
// with backoff. Nothing is sent inside the request, so a mail provider that is slow or
// down never fails or slows the person's action, and an acknowledged action never loses
// its mail.
//
// Three kinds: "auth" mails (activation, reset, already registered, …) carry only their data
// and are rendered by the worker, so a request that mails costs the same as one that does
// not (a reset for an unknown address answers in the same time); "rendered" mails arrive
// rendered by the flows that compose them from several records; a "request" is a sign-in
// form's submission (registration, "forgot password") that the worker settles, looking the
// address up and queueing the mail that results, if any, so the form answers in the same
// time whoever the address belongs to (lib/server/auth/handle-sign-in-request.ts). An
// "alert" (lib/server/alerts/) is queued as data by the change that raises it and rendered
// by the worker in the person's language, with its unsubscribe link and headers.

// `headers`: extra mail headers (List-Unsubscribe of RFC 8058), passed to the provider.
export type TRenderedEmail = { to: string; subject: string; template: string; html: string; text: string; headers?: Record<string, string> };

export type TMailJobData =
  | { kind: "auth"; person: TMailRecipient; mail: TAuthMail }
  | { kind: "rendered"; email: TRenderedEmail }
  | { kind: "request"; request: TSignInRequest }
  | { kind: "alert"; alert: TAlertMail };

// Written where `expiresAt` is a Date; read back as its ISO string.
export type TStoredMailJobData =
  | { kind: "auth"; person: TMailRecipient; mail: Omit<TAuthMail, "expiresAt"> & { expiresAt?: string } }
  | { kind: "rendered"; email: TRenderedEmail }
  | { kind: "request"; request: TSignInRequest }
  | { kind: "alert"; alert: TAlertMail };

type TClient = typeof db | Tx;

// Wakes this process's worker as soon as a job is queued outside a transaction; jobs
// queued inside one are found by its next poll. On globalThis: a production build
// bundles this module once per route, and the worker (instrumentation.ts) is another.
const worker = globalThis as unknown as { wakeMailWorker?: () => void };
export function onMailQueued(listener: (() => void) | undefined): void {
  worker.wakeMailWorker = listener;
}

export async function queueMail(data: TMailJobData, client: TClient = db): Promise<{ id: string }> {
  const now = clock.now();
  const to =
    data.kind === "auth"
      ? "to" in data.mail
        ? data.mail.to
        : data.person.email
      : data.kind === "request"
        ? data.request.email
        : data.kind === "alert"
          ? data.alert.to
          : data.email.to;
  const template =
    data.kind === "auth"
      ? data.mail.kind
      : data.kind === "request"
        ? `request:${data.request.flow}`
        : data.kind === "alert"
          ? alertTemplate(data.alert.message.kind)
          : data.email.template;
  const job = await client.mailJob.create({
    data: { kind: data.kind, to: to.toLowerCase(), template, payload: JSON.stringify(data), runAt: now, createdAt: now },
    select: { id: true },
  });
  if (client === db) worker.wakeMailWorker?.();
  return job;
}
