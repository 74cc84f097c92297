import "server-only";
import { AppError } from "@/lib/errors";
import type { TAccessionStep } from "@/lib/schemas/accession";

// The wizard's refusals. Their texts live in the `accession` and `validation` catalogues;
// the form shows a `root` field error above the form and a field error on its field.

export const alreadySubscriber = () =>
  new AppError("FORBIDDEN", "forbidden", { fieldErrors: { root: "accession.errors.alreadySubscriber" } });

export const completeStepFirst = (step: TAccessionStep) =>
  new AppError("CONFLICT", "conflict", { fieldErrors: { root: `accession.order.${step}` } });

// Says that the number is already a subscriber and whom to ask, and nothing else: not the
// subscriber's name, not its contract, not whether it is a legal entity or a person.
export const taxIdRegistered = () =>
  new AppError("VALIDATION", "validation", { fieldErrors: { taxId: "validation.taxIdRegistered" } });

export const offerChanged = () =>
  new AppError("CONFLICT", "conflict", { fieldErrors: { root: "accession.errors.offerChanged" } });

export const draftChanged = () => new AppError("CONFLICT", "conflict", { fieldErrors: { root: "accession.errors.draftChanged" } });
