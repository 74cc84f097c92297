import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appUrl } from "@/lib/env";
import type { TRequestMeta } from "@/lib/request-meta";
import type { TRegisterSubscriber } from "@/lib/schemas/staff-register";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { issueAuthToken } from "@/lib/server/auth/issue-auth-token";
import { nextInSequence } from "@/lib/server/sequences/next-in-sequence";
import { assertStaff, type TStaffRef } from "./assert-staff";
import { takeWriteLock } from "@/lib/db";
import { sendStaffMail } from "./send-staff-mail";
import { clock } from "@/lib/clock";

const fieldError = (field: string, key: string) => new AppError("VALIDATION", "validation", { fieldErrors: { [field]: key } });

// Contract numbers KMP-<year>-NNNNNN, gapless per year; account numbers continue the
// nine-digit series (100000001, …). Numbers issued outside the counters are skipped.
async function nextContractNumber(tx: Tx, year: number): Promise<string> {
  for (;;) {
    const number = `KMP-${year}-${String(await nextInSequence(tx, `KMP-${year}`)).padStart(6, "0")}`;
    if (!(await tx.subscriber.findUnique({ where: { contractNumber: number }, select: { id: true } }))) return number;
  }
}

async function nextAccountNumber(tx: Tx): Promise<string> {
  for (;;) {
    const number = String(100_000_000 + (await nextInSequence(tx, "ACCOUNT")));
    if (!(await tx.account.findUnique({ where: { number }, select: { id: true } }))) return number;
  }
}

// Registers a subscriber with its contract and account, and makes the named person its
// owner: a new person is created PENDING and gets the activation link (clause 1.7); a
// person who already has a login becomes owner and is told so.
export async function registerSubscriber(staff: TStaffRef, input: TRegisterSubscriber, meta?: TRequestMeta) {
  assertStaff(staff, "SUPPORT");
  const now = clock.now();
  const year = new Date(now.getTime() + 5 * 3600_000).getUTCFullYear();
  const { requisites: r, owner } = input;

  const result = await db.$transaction(async (tx) => {
    await takeWriteLock(tx);
    if (await tx.subscriber.findUnique({ where: { taxId: r.taxId }, select: { id: true } })) {
      throw fieldError("requisites.taxId", "staff.register.errors.taxIdTaken");
    }
    let person = await tx.user.findUnique({ where: { email: owner.email } });
    if (person?.staffRole) throw fieldError("owner.email", "staff.register.errors.ownerIsStaff");
    if (person && (person.status === "BLOCKED" || person.status === "SUSPENDED")) {
      throw fieldError("owner.email", "staff.register.errors.ownerBlocked");
    }
    const isNewPerson = !person;
    person ??= await tx.user.create({
      data: { email: owner.email, name: owner.name, phone: owner.phone, locale: owner.locale, status: "PENDING" },
    });
    const offer = await tx.agreementVersion.findFirst({
      where: { kind: "OFFER", effectiveAt: { lte: now } },
      orderBy: { effectiveAt: "desc" },
      select: { id: true },
    });
    const subscriber = await tx.subscriber.create({
      data: {
        kind: r.kind,
        name: r.name,
        shortName: r.shortName,
        taxId: r.taxId,
        legalAddress: r.legalAddress,
        postalAddress: r.postalAddress,
        iban: r.iban,
        bic: r.bic,
        bankName: r.bankName || null,
        isVatPayer: r.isVatPayer,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        signatoryName: input.signatoryName || null,
        signatoryPosition: input.signatoryPosition || null,
        signatoryAuthority: input.signatoryName ? "CHARTER" : null,
        contractNumber: await nextContractNumber(tx, year),
        contractDate: now,
        offerVersionId: offer?.id ?? null,
      },
    });
    const account = await tx.account.create({
      data: { number: await nextAccountNumber(tx), subscriberId: subscriber.id, billingMethod: input.billingMethod },
    });
    await tx.membership.create({ data: { userId: person.id, accountId: account.id, role: "OWNER" } });
    const activation = isNewPerson ? await issueAuthToken(person.id, "ACTIVATION", { tx }) : null;
    await writeAudit(
      {
        accountId: account.id,
        actorId: staff.id,
        action: "subscriber.register",
        objectType: "subscriber",
        objectId: subscriber.id,
        details: { contractNumber: subscriber.contractNumber, accountNumber: account.number, owner: person.email, isNewPerson },
        meta,
      },
      tx,
    );
    // The owner's mail (with the activation link for a new person) is queued with the rest.
    const values = { subscriber: subscriber.shortName, account: account.number, contract: subscriber.contractNumber };
    if (activation) await sendStaffMail(person, "activation", values, { url: activation.url }, tx);
    else await sendStaffMail(person, "newOwner", values, { url: `${appUrl()}/login` }, tx);
    return { subscriber, account, person, activation };
  });

  const { subscriber, account, activation } = result;
  return {
    subscriberId: subscriber.id,
    accountNumber: account.number,
    contractNumber: subscriber.contractNumber,
    isNewPerson: !!activation,
  };
}
