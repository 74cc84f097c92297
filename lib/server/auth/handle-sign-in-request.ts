import "server-only";
import { db } from "@/lib/db";
import type { TRequestMeta } from "@/lib/request-meta";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { issueAuthToken } from "./issue-auth-token";
import { isUniqueViolation } from "./is-unique-violation";
import { sendActivationLink } from "./send-activation-link";
import { sendAuthMail } from "./send-auth-mail";

// The forms that take an address someone typed (registration, "forgot password") answer
// before they look the address up: the action only validates and queues one of these
// requests (a MailJob of kind "request", lib/email/mail-queue.ts), the same single write
// whether the address is a customer's or not, and the mail worker settles it here. So the
// answer cannot tell a known address from an unknown one by its time, and a request that
// was acknowledged is kept in the database until it is settled.
export type TSignInRequest =
  | { flow: "password-reset"; email: string; meta: TRequestMeta }
  | {
      flow: "registration";
      email: string;
      name: string;
      phone: string;
      locale: string;
      agreementId: string;
      agreementVersion: string;
      meta: TRequestMeta;
    };

export async function handleSignInRequest(request: TSignInRequest): Promise<void> {
  if (request.flow === "password-reset") return handlePasswordReset(request);
  return handleRegistration(request);
}

// "Forgot password": an active account gets a one-hour link (the older one stops
// working); a registration never completed gets its activation link again, since that is
// what the person actually needs; anything else gets nothing.
async function handlePasswordReset({ email, meta }: Extract<TSignInRequest, { flow: "password-reset" }>) {
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return;
  await writeAudit({ action: "user.password_reset_requested", objectType: "user", objectId: user.id, subjectUserId: user.id, meta });
  if (user.status === "PENDING") {
    await sendActivationLink(user);
  } else if (user.status === "ACTIVE" && user.passwordHash) {
    await db.$transaction(async (tx) => {
      const { url, expiresAt } = await issueAuthToken(user.id, "PASSWORD_RESET", { tx });
      await sendAuthMail(user, { kind: "password-reset", url, expiresAt }, tx);
    });
  }
}

// Registration (clauses 1.6–1.8): a new address gets an activation link, a PENDING one a
// fresh link with the latest form's details, a registered one a mail saying so.
async function handleRegistration(request: Extract<TSignInRequest, { flow: "registration" }>) {
  const { email, meta } = request;
  const existing = await db.user.findUnique({ where: { email } });
  if (existing && existing.status !== "PENDING") {
    await writeAudit({ action: "user.register_existing", objectType: "user", objectId: existing.id, subjectUserId: existing.id, meta });
    await sendAuthMail(existing, { kind: "already-registered" });
    return;
  }
  let user;
  try {
    user = await db.$transaction(async (tx) => {
      // A PENDING address registering again: the latest form wins (only the owner of the
      // mailbox can activate it, and they can correct it later in the profile). The write
      // comes first so SQLite takes the write lock at once.
      const data = { name: request.name, phone: request.phone, locale: request.locale };
      const person = existing
        ? await tx.user.update({ where: { id: existing.id }, data })
        : await tx.user.create({ data: { ...data, email, status: "PENDING" } });
      await tx.agreementAcceptance.create({
        data: { userId: person.id, versionId: request.agreementId, method: "REGISTRATION", ip: meta.ip, userAgent: meta.userAgent },
      });
      await writeAudit(
        {
          action: existing ? "user.register_again" : "user.register",
          objectType: "user",
          objectId: person.id,
          actorId: person.id,
          details: { agreementVersion: request.agreementVersion },
          meta,
        },
        tx,
      );
      return person;
    });
  } catch (error) {
    // The same new address settled twice at once: the first one mails the link.
    if (isUniqueViolation(error, "email")) return;
    throw error;
  }
  await sendActivationLink(user);
}
