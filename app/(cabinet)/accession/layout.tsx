import { WizardMemoryProvider } from "@/components/accession/wizard-memory";
import { ClientMessages } from "@/components/i18n/client-messages";

// The wizard's steps share one layout, which stays mounted between them: it keeps what
// was typed on each step while the person moves back and forth.
export default function AccessionLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages paths={["accession", "validation", "errors"]}>
      <WizardMemoryProvider>{children}</WizardMemoryProvider>
    </ClientMessages>
  );
}
