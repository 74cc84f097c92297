import { getTranslations } from "next-intl/server";
import { ContactsForm } from "@/components/accession/contacts-form";
import { WizardFrame } from "@/components/accession/wizard-frame";
import { requireWizardStep } from "@/lib/server/accession/require-wizard-step";

export async function generateMetadata() {
  const t = await getTranslations("accession");
  return { title: `${t("steps.contacts")} · ${t("title")}` };
}

export default async function ContactsStepPage({ searchParams }: { searchParams: Promise<{ blocked?: string }> }) {
  const { auth, state } = await requireWizardStep("contacts");
  const { blocked } = await searchParams;
  const kind = state.data.kind!.kind;
  // First visit: the person's own registration data is the likely contact.
  const saved = state.data.contacts ?? {
    kind,
    contactName: auth.user.name,
    contactEmail: auth.user.email,
    contactPhone: auth.user.phone,
    signatoryName: "",
    signatoryPosition: "",
    signatoryAuthority: "" as const,
    poaNumber: "",
    poaDate: "",
  };
  return (
    <WizardFrame step="contacts" state={state} blocked={blocked}>
      <ContactsForm kind={kind} saved={saved} />
    </WizardFrame>
  );
}
