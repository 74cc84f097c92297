"use server";

import { userAction } from "@/lib/safe-action";
import { ZSaveAccessionStep } from "@/lib/schemas/accession";
import { saveAccessionStep as saveStep } from "@/lib/server/accession/save-accession-step";

// Saves one wizard step to the signed-in person's draft and names the next step.
export const saveAccessionStep = userAction(ZSaveAccessionStep, async ({ step, values }, ctx) => {
  const saved = await saveStep(ctx.auth.user.id, step, values);
  await ctx.audit({ action: "accession.step_saved", objectType: "accession_draft", objectId: saved.draftId, details: { step } });
  return { next: saved.next };
});
