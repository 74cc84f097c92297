import { ClientMessages } from "@/components/i18n/client-messages";

// The catalogue paths this screen's client components use (see ClientMessages).
export default function ProfileLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages paths={["profile", "validation", "errors"]}>{children}</ClientMessages>;
}
