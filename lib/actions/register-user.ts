"use server";

import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicAction } from "@/lib/safe-action";
import { ZRegister } from "@/lib/schemas/register";
import { getCurrentAgreement } from "@/lib/server/agreement/get-current-agreement";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { isUniqueViolation } from "@/lib/server/auth/is-unique-violation";
import { limitMailRequests } from "@/lib/server/auth/limit-mail-requests";
import { sendActivationLink } from "@/lib/server/auth/send-activation-link";
import { sendAuthMail } from "@/lib/server/auth/send-auth-mail";

// Registration (clauses 1.6–1.8). The answer is the same whether the address is new or
// known, so the form cannot be used to find out who is a customer: a new address gets an
// activation link, a PENDING one a fresh link, a registered one a mail saying so.
export const registerUser = publicAction(ZRegister, async (input, ctx) => {
  limitMailRequests(ctx.meta, input.email);
  const agreement = await getCurrentAgreement("AGREEMENT");
  // What is stored must be what the person was shown: a version that took effect while
  // the form was open sends them back to read it.
  if (!agreement || agreement.version !== input.agreementVersion) throw new AppError("CONFLICT", "agreementChanged");

  const existing = await db.user.findUnique({ where: { email: input.email } });
  if (existing && existing.status !== "PENDING") {
    await writeAudit({
      action: "user.register_existing",
      objectType: "user",
      objectId: existing.id,
      subjectUserId: existing.id,
      meta: ctx.meta,
    });
    await sendAuthMail(existing, { kind: "already-registered" });
    return { email: input.email };
  }

  let user;
  try {
    user = await db.$transaction(async (tx) => {
      // A PENDING address registering again: the latest form wins (only the owner of the
      // mailbox can activate it, and they can correct it later in the profile). The write
      // comes first so SQLite takes the write lock at once.
      const data = { name: input.name, phone: input.phone, locale: ctx.locale };
      const person = existing
        ? await tx.user.update({ where: { id: existing.id }, data })
        : await tx.user.create({ data: { ...data, email: input.email, status: "PENDING" } });
      await tx.agreementAcceptance.create({
        data: { userId: person.id, versionId: agreement.id, method: "REGISTRATION", ip: ctx.meta.ip, userAgent: ctx.meta.userAgent },
      });
      await writeAudit(
        {
          action: existing ? "user.register_again" : "user.register",
          objectType: "user",
          objectId: person.id,
          actorId: person.id,
          details: { agreementVersion: agreement.version },
          meta: ctx.meta,
        },
        tx,
      );
      return person;
    });
  } catch (error) {
    // The same new address submitted twice at once: the first submission mails the link.
    if (isUniqueViolation(error, "email")) return { email: input.email };
    throw error;
  }
  await sendActivationLink(user);
  return { email: input.email };
});
