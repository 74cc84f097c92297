import "server-only";
import { firstIncompleteStep, stepAt, type TDraftData } from "@/lib/schemas/accession";
import { getAccessionDraft } from "./get-accession-draft";
import { listCatalogue } from "./list-catalogue";
import { ownsSubscriber } from "./owns-subscriber";

export type TWizardState = Awaited<ReturnType<typeof getWizardState>>;

// Where the person stands in the wizard: their saved steps, the first step still to
// complete, and the step to resume at (the furthest reached, unless an earlier one has
// become incomplete, e.g. after changing the kind in step 1).
export async function getWizardState(userId: string) {
  const [draft, catalogue, isOwner] = await Promise.all([getAccessionDraft(userId), listCatalogue(), ownsSubscriber(userId)]);
  const data: TDraftData = draft?.data ?? {};
  const tariffs = catalogue.flatMap((service) => service.tariffs);
  const firstIncomplete = firstIncompleteStep(data, tariffs);
  const resumeAt = Math.min(draft?.step ?? 1, firstIncomplete);
  return {
    draft,
    data,
    catalogue,
    tariffs,
    isOwner,
    isCompleted: !!draft?.completedAt,
    firstIncomplete,
    resumeStep: stepAt(resumeAt),
  };
}
