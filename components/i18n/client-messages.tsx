import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/pick-messages";

// What every page's client components may say: the shell's menu, switchers and buttons.
export const SHELL_MESSAGES = ["common", "staff.impersonation"] as const;

// Client components get only the messages their part of the tree uses, not the whole
// catalogue (≈130 KB in Russian): every page would otherwise carry it twice, in the HTML
// and in the RSC payload. A nested provider replaces its parent's messages, so the shell's
// come along. `paths` is a literal list: test/client-messages.test.ts reads it to check
// that each client component's namespaces reach it.
export async function ClientMessages({ paths, children }: { paths?: readonly string[]; children: React.ReactNode }) {
  const messages = pickMessages(await getMessages(), [...SHELL_MESSAGES, ...(paths ?? [])]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

// The layout of a screen whose only job is to give its client components their paths.
export function messagesLayout(paths: readonly string[]) {
  return function MessagesLayout({ children }: { children: React.ReactNode }) {
    return <ClientMessages paths={paths}>{children}</ClientMessages>;
  };
}
