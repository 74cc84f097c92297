import { redirect } from "next/navigation";
import { requireAuth } from "@/lib/auth/guards";
import { isStaffConsoleUser } from "@/lib/auth/landing";
import { getWizardState } from "@/lib/server/accession/get-wizard-state";

// "Become a subscriber": resume where the person left off, on any device. Not for staff.
export default async function AccessionPage() {
  const auth = await requireAuth();
  if (isStaffConsoleUser(auth)) redirect("/staff");
  const state = await getWizardState(auth.user.id);
  if (state.isOwner) redirect("/dashboard");
  if (state.isCompleted) redirect("/accession/done");
  redirect(`/accession/${state.resumeStep}`);
}
