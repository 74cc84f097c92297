import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/guards";
import { serializePermissions } from "@/lib/auth/permissions";
import type { TAccountCtx } from "@/lib/safe-action";
import type { TInviteMember } from "@/lib/schemas/users";
import { refuse } from "./refuse";
import { loadInviteContext } from "./load-invite-context";
import { sendInvitationMail } from "./send-invitation-mail";
import { sendAddedMail } from "./send-added-mail";

export type TInviteResult = { userId: string; isNewPerson: boolean; isMailSent: boolean };

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

// Clause 1.4: the owner creates the cabinet's users. A new email becomes a PENDING person
// with an invitation (activation link); a person who already has a login is added to this
// account and told by mail, keeping their login. Never a second membership, never staff.
export async function inviteMember(input: TInviteMember, ctx: TAccountCtx): Promise<TInviteResult> {
  assertCan(ctx.caller, "users.manage");
  const { accountId } = ctx.caller;
  const permissions = serializePermissions(input.permissions);
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, locale: true, status: true, staffRole: true, memberships: { where: { accountId }, select: { id: true } } },
  });
  if (existing?.memberships.length) throw refuse("alreadyMember", "email");
  if (existing?.staffRole) throw refuse("staffEmail", "email");

  let person: { id: string; email: string; name: string; locale: string; status: string };
  try {
    person = existing
      ? await db.membership
          .create({ data: { userId: existing.id, accountId, role: "MEMBER", permissions } })
          .then(() => existing)
      : await db.user.create({
          data: {
            email: input.email,
            name: input.name,
            phone: input.phone,
            locale: ctx.locale,
            status: "PENDING",
            memberships: { create: { accountId, role: "MEMBER", permissions } },
          },
        });
  } catch (error) {
    // A concurrent invitation of the same email won the race.
    if (isUniqueViolation(error)) throw refuse("alreadyMember", "email");
    throw error;
  }

  const isNewPerson = !existing;
  await ctx.audit({
    accountId,
    action: isNewPerson ? "user.invite" : "membership.add",
    objectType: "user",
    objectId: person.id,
    details: { email: person.email, name: person.name, permissions: JSON.parse(permissions), isNewPerson },
  });

  // The mail goes to the outbox, which delivers it with retries (lib/email/mail-queue.ts).
  const context = await loadInviteContext(ctx);
  if (person.status === "PENDING") await sendInvitationMail(person, context);
  else await sendAddedMail(person, context);
  return { userId: person.id, isNewPerson, isMailSent: true };
}
