import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type { TRequestMeta } from "@/lib/request-meta";
import { monthlyTotal } from "@/lib/accession/monthly-total";
import { almatyToday, chosenItems, firstIncompleteStep, isCompleteDraft, stepAt, type TCompleteDraft } from "@/lib/schemas/accession";
import { getVatRate } from "@/lib/server/billing/get-vat-rate";
import { nextInSequence } from "@/lib/server/sequences/next-in-sequence";
import { writeAudit } from "@/lib/server/audit/write-audit";
import { getAccessionDraft } from "./get-accession-draft";
import { getCurrentOffer } from "./get-current-offer";
import { getOwnContract } from "./get-own-contract";
import { listCatalogue } from "./list-catalogue";
import { nextAccountNumber } from "./next-account-number";
import { ownsSubscriber } from "./owns-subscriber";
import { alreadySubscriber, completeStepFirst, draftChanged, offerChanged, taxIdRegistered } from "./refusals";
import type { TAcceptedSnapshot } from "./accepted-snapshot";
import { clock } from "@/lib/clock";

export type TAcceptResult = {
  subscriberId: string;
  accountId: string;
  accountNumber: string;
  contractNumber: string;
  isNew: boolean;
};

// What a double click or a replayed request gets back: the subscriber the person's
// completed draft created, if they still own its cabinet.
async function existingResult(userId: string, subscriberId: string): Promise<TAcceptResult | null> {
  const contract = await getOwnContract(userId, subscriberId);
  if (!contract) return null;
  const { accountId, accountNumber, contractNumber } = contract;
  return { subscriberId, accountId, accountNumber, contractNumber, isNew: false };
}

function contractNumberOf(year: string, serial: number): string {
  return `KMP-${year}-${String(serial).padStart(6, "0")}`;
}

// Accepts the offer for the person's own draft: revalidates every step, then in ONE
// transaction claims the draft (a conditional update, so of two concurrent calls only one
// goes on), takes the next contract number, and creates the subscriber, its account, the
// subscriptions, the person's ownership and the acceptance record. Anything that fails
// rolls all of it back, the contract number included. Idempotent: a second call returns
// the subscriber the first one created.
export async function acceptOffer(userId: string, input: { offerVersionId: string }, meta: TRequestMeta, now = clock.now()): Promise<TAcceptResult> {
  const draft = await getAccessionDraft(userId, now);
  if (draft?.completedAt) {
    const existing = draft.subscriberId ? await existingResult(userId, draft.subscriberId) : null;
    if (existing) return existing;
    throw alreadySubscriber();
  }
  if (await ownsSubscriber(userId)) {
    // A concurrent call of this person may have completed the draft since it was read.
    const mine = await concurrentResult(userId, now);
    if (mine) return mine;
    throw alreadySubscriber();
  }
  if (!draft) throw completeStepFirst("kind");

  const catalogue = await listCatalogue();
  const tariffs = catalogue.flatMap((service) => service.tariffs);
  const data = draft.data;
  if (!isCompleteDraft(data, tariffs)) throw completeStepFirst(stepAt(firstIncompleteStep(data, tariffs)));
  const offer = await getCurrentOffer(now);
  if (!offer) throw new Error("No public offer is published");
  if (offer.id !== input.offerVersionId) throw offerChanged();
  if (await db.subscriber.findUnique({ where: { taxId: data.requisites.taxId }, select: { id: true } })) {
    // Taken by this person's own acceptance that completed since the draft was read (a
    // double submit), or by someone else.
    const mine = await concurrentResult(userId, now);
    if (mine) return mine;
    throw taxIdRegistered();
  }

  let created: TAcceptResult | null;
  try {
    created = await db.$transaction(async (tx) => {
      const claimed = await tx.accessionDraft.updateMany({
        where: { id: draft.id, completedAt: null, updatedAt: draft.updatedAt },
        data: { completedAt: now },
      });
      if (claimed.count === 0) return null;
      return createSubscriber(tx, { userId, draftId: draft.id, data, offer, meta, now, tariffs });
    });
  } catch (error) {
    // Another person accepted with the same BIN/IIN a moment earlier.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = String(error.meta?.target ?? "");
      if (target.includes("taxId") || !target) {
        const mine = await concurrentResult(userId, now);
        if (mine) return mine;
        throw taxIdRegistered();
      }
    }
    throw error;
  }
  if (created) return created;

  // The claim failed: either a concurrent call completed the draft (return its result),
  // or the draft was edited in between (the person should review it again).
  const mine = await concurrentResult(userId, now);
  if (mine) return mine;
  throw draftChanged();
}

// The result of a concurrent call for the same person that completed the draft meanwhile.
async function concurrentResult(userId: string, now: Date): Promise<TAcceptResult | null> {
  const after = await getAccessionDraft(userId, now);
  if (!after?.completedAt || !after.subscriberId) return null;
  return existingResult(userId, after.subscriberId);
}

type TCreateInput = {
  userId: string;
  draftId: string;
  data: TCompleteDraft;
  offer: { id: string; version: string; effectiveAt: Date; titleRu: string; titleKk: string; titleEn: string };
  meta: TRequestMeta;
  now: Date;
  tariffs: Array<{ id: string; code: string; nameRu: string; nameKk: string; nameEn: string; unit: string; monthlyPrice: number }>;
};

async function createSubscriber(tx: Tx, { userId, draftId, data, offer, meta, now, tariffs }: TCreateInput): Promise<TAcceptResult> {
  const { kind, requisites, contacts, services } = data;
  if (await tx.subscriber.findUnique({ where: { taxId: requisites.taxId }, select: { id: true } })) throw taxIdRegistered();
  const year = almatyToday(now).slice(0, 4);
  const contractNumber = contractNumberOf(year, await nextInSequence(tx, `KMP-${year}`));
  const isOrganisation = kind.kind !== "PERSON";
  const isPoa = isOrganisation && contacts.signatoryAuthority === "POWER_OF_ATTORNEY";

  const subscriber = await tx.subscriber.create({
    data: {
      kind: kind.kind,
      name: requisites.name,
      shortName: requisites.shortName,
      taxId: requisites.taxId,
      legalAddress: requisites.legalAddress,
      postalAddress: requisites.postalSameAsLegal ? requisites.legalAddress : requisites.postalAddress,
      iban: requisites.iban,
      bic: requisites.bic,
      bankName: requisites.bankName || null,
      isVatPayer: requisites.isVatPayer,
      contactName: contacts.contactName,
      contactEmail: contacts.contactEmail,
      contactPhone: contacts.contactPhone,
      signatoryName: isOrganisation ? contacts.signatoryName : null,
      signatoryPosition: isOrganisation ? contacts.signatoryPosition : null,
      signatoryAuthority: isOrganisation ? contacts.signatoryAuthority || null : null,
      poaNumber: isPoa ? contacts.poaNumber : null,
      poaDate: isPoa ? new Date(`${contacts.poaDate}T00:00:00+05:00`) : null,
      contractNumber,
      contractDate: now,
      offerVersionId: offer.id,
    },
  });
  const accountNumber = await nextAccountNumber(tx);
  const account = await tx.account.create({
    data: { number: accountNumber, subscriberId: subscriber.id, billingMethod: services.billingMethod, creditLimit: 0, status: "ACTIVE" },
  });
  // Every chosen tariff is connected as ordered (ACTIVE), those needing a technical review
  // too: the contract covers them from today, and the review is the provider's job.
  const items = chosenItems(services);
  await tx.subscription.createMany({
    data: items.map((item) => ({ accountId: account.id, tariffId: item.tariffId, quantity: item.quantity, status: "ACTIVE", startedAt: now })),
  });
  await tx.membership.create({ data: { userId, accountId: account.id, role: "OWNER" } });
  await tx.agreementAcceptance.create({
    data: { userId, versionId: offer.id, method: "ACCESSION", subscriberId: subscriber.id, ip: meta.ip, userAgent: meta.userAgent, acceptedAt: now },
  });

  // What was accepted, frozen: the statement PDF is printed from it, so it shows the
  // prices and requisites of that day even after the catalogue or the requisites change.
  const vatRateBp = await getVatRate(now, tx);
  const total = monthlyTotal(items, tariffs, vatRateBp);
  const byId = new Map(tariffs.map((t) => [t.id, t]));
  const accepted: TAcceptedSnapshot = {
    at: now.toISOString(),
    ip: meta.ip,
    userAgent: meta.userAgent,
    offer: { id: offer.id, version: offer.version, effectiveAt: offer.effectiveAt.toISOString(), titles: [offer.titleRu, offer.titleKk, offer.titleEn] },
    contractNumber,
    accountNumber,
    lines: total.lines.map((line) => {
      const tariff = byId.get(line.tariffId)!;
      return { ...line, code: tariff.code, names: [tariff.nameRu, tariff.nameKk, tariff.nameEn], unit: tariff.unit };
    }),
    net: total.net,
    vat: total.vat,
    gross: total.gross,
    vatRateBp,
  };
  await writeAudit(
    {
      accountId: account.id,
      actorId: userId,
      action: "accession.accepted",
      objectType: "subscriber",
      objectId: subscriber.id,
      details: { contractNumber, accountNumber, offerVersion: offer.version, subscriptions: items.length },
      meta,
    },
    tx,
  );
  await tx.accessionDraft.update({
    where: { id: draftId },
    data: { subscriberId: subscriber.id, data: JSON.stringify({ ...data, accepted }) },
  });
  return { subscriberId: subscriber.id, accountId: account.id, accountNumber, contractNumber, isNew: true };
}
