import "server-only";
import { redirect } from "next/navigation";
import { requireAuth } from "@/lib/auth/guards";
import { isStaffConsoleUser } from "@/lib/auth/landing";
import { stepAt, stepNumber, type TAccessionStep } from "@/lib/schemas/accession";
import { getWizardState } from "./get-wizard-state";

// For the wizard's pages: a signed-in person without a cabinet of their own, and the
// step order. Opening a step before the earlier ones are complete (a typed or bookmarked
// URL) lands on the first incomplete step, which says why. Staff are sent to their console.
export async function requireWizardStep(step: TAccessionStep) {
  const auth = await requireAuth();
  if (isStaffConsoleUser(auth)) redirect("/staff");
  const state = await getWizardState(auth.user.id);
  if (state.isOwner) redirect("/dashboard");
  if (state.isCompleted) redirect("/accession/done");
  if (stepNumber(step) > state.firstIncomplete) redirect(`/accession/${stepAt(state.firstIncomplete)}?blocked=${step}`);
  return { auth, state };
}
