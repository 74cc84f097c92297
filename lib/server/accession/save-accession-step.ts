import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import {
  DRAFT_TTL_DAYS,
  ZContactsStep,
  ZKindStep,
  ZRequisitesStep,
  firstIncompleteStep,
  servicesSchemaFor,
  stepAt,
  stepNumber,
  type TAccessionStep,
  type TDraftData,
} from "@/lib/schemas/accession";
import { getAccessionDraft } from "./get-accession-draft";
import { listCatalogue } from "./list-catalogue";
import { ownsSubscriber } from "./owns-subscriber";
import { parseStep } from "./parse-step";
import { alreadySubscriber, completeStepFirst, draftChanged, taxIdRegistered } from "./refusals";
import { clock } from "@/lib/clock";

export type TSavableStep = Exclude<TAccessionStep, "review">;

// Saves one step of the person's own draft (keyed by their user id) after checking that
// every earlier step is complete and validating the values with the step's schema. The
// kind always comes from the saved step 1, whatever the request says. The draft then
// lives 30 more days.
export async function saveAccessionStep(userId: string, step: TSavableStep, raw: unknown, now = clock.now()) {
  if (await ownsSubscriber(userId)) throw alreadySubscriber();
  const [draft, catalogue] = await Promise.all([getAccessionDraft(userId, now), listCatalogue()]);
  if (draft?.completedAt) throw alreadySubscriber();
  const data: TDraftData = { ...draft?.data };
  const tariffs = catalogue.flatMap((service) => service.tariffs);

  const number = stepNumber(step);
  const firstIncomplete = firstIncompleteStep(data, tariffs);
  if (number > firstIncomplete) throw completeStepFirst(stepAt(firstIncomplete));

  const values = step === "kind" ? raw : { ...(raw as object), kind: data.kind?.kind };
  if (step === "kind") {
    data.kind = parseStep(ZKindStep, values);
    // The later steps keep what was typed, under the new kind: still valid if the kind
    // changes within organisations (a BIN stays a BIN), to be redone otherwise.
    for (const later of ["requisites", "contacts", "services"] as const) {
      if (data[later]) data[later] = { ...data[later], kind: data.kind.kind } as never;
    }
  } else if (step === "requisites") {
    const requisites = parseStep(ZRequisitesStep, values);
    if (await db.subscriber.findUnique({ where: { taxId: requisites.taxId }, select: { id: true } })) throw taxIdRegistered();
    data.requisites = requisites;
  } else if (step === "contacts") {
    data.contacts = parseStep(ZContactsStep, values);
  } else {
    const services = parseStep(servicesSchemaFor(tariffs), values);
    data.services = { ...services, items: services.items.filter((item) => item.selected) };
  }

  const expiresAt = new Date(now.getTime() + DRAFT_TTL_DAYS * 24 * 3600 * 1000);
  const reached = Math.max(draft?.step ?? 1, number + 1);
  const json = JSON.stringify(data);
  let draftId = draft?.id;
  if (draft) {
    // Conditional: an acceptance that completed the draft meanwhile is never overwritten.
    const updated = await db.accessionDraft.updateMany({
      where: { id: draft.id, completedAt: null },
      data: { data: json, step: reached, expiresAt },
    });
    if (updated.count === 0) throw alreadySubscriber();
  } else {
    try {
      draftId = (await db.accessionDraft.create({ data: { userId, data: json, step: reached, expiresAt } })).id;
    } catch (error) {
      // Two first saves at once (two tabs): the other one won; ask to reload.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw draftChanged();
      throw error;
    }
  }
  return { draftId: draftId!, next: stepAt(number + 1) };
}
