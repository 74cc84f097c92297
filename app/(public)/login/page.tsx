import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/session";
import { LoginForm } from "@/components/forms/login-form";

export async function generateMetadata() {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

// Only paths inside the cabinet may be returned to after signing in.
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/dashboard";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getAuth()) redirect(safeNext(next));
  return <LoginForm next={safeNext(next)} />;
}
