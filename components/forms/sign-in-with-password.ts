"use client";

import { signIn } from "next-auth/react";
import { applyUserLocale } from "@/lib/actions/apply-user-locale";

// Signs in through next-auth's credentials callback; on success the browser takes the
// person's stored language (if it had none) before the page loads in it.
export async function signInWithPassword(values: { identifier: string; password: string; totp?: string }) {
  const result = await signIn("credentials", { ...values, redirect: false });
  if (!result?.ok || result.error) return { ok: false as const, error: result?.error ?? "BAD_CREDENTIALS" };
  // A language that cannot be applied is no reason to keep the person out.
  await applyUserLocale({}).catch(() => undefined);
  return { ok: true as const };
}
