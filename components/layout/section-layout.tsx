import { requireCaller } from "@/lib/auth/guards";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CABINET_NAV } from "./nav-items";

// A cabinet section's layout checks the section's grant before the page renders: a
// redirect or a refusal is a real 307 or 403, whatever the page streams later.
// `messages`: the catalogue paths the section's client components use (see ClientMessages).
export function sectionLayout(href: string, messages?: readonly string[]) {
  const item = CABINET_NAV.find((entry) => entry.href === href);
  if (!item) throw new Error(`No cabinet section ${href}`);
  return async function SectionLayout({ children }: { children: React.ReactNode }) {
    await requireCaller(item.permission ?? undefined);
    return messages ? <ClientMessages paths={messages}>{children}</ClientMessages> : children;
  };
}
