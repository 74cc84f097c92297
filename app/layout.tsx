import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("provider")}` }, icons: { icon: "/favicon.svg" } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  // Reading the request makes every page dynamic, which the per-request CSP nonce requires
  // (Next puts the nonce of proxy.ts on its own scripts).
  await headers();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
