import { requireCaller } from "@/lib/auth/guards";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CABINET_NAV } from "./nav-items";

// A cabinet section's layout checks the section's grant before anything streams. The
// page's loading.tsx puts the page inside a Suspense boundary, so a redirect or a refusal
// thrown there would arrive after a 200 had been sent; here it is a real 307 or 403.
// `messages`: the catalogue paths the section's client components use (see ClientMessages).
export function sectionLayout(href: string, messages?: readonly string[]) {
  const item = CABINET_NAV.find((entry) => entry.href === href);
  if (!item) throw new Error(`No cabinet section ${href}`);
  return async function SectionLayout({ children }: { children: React.ReactNode }) {
    await requireCaller(item.permission ?? undefined);
    return messages ? <ClientMessages paths={messages}>{children}</ClientMessages> : children;
  };
}
