"use client";

import { applyUserLocale } from "@/lib/actions/apply-user-locale";

// Signs in through next-auth's REST API (next-auth.js.org/getting-started/rest-api), the two
// requests its own client makes: the CSRF token, then the credentials callback with `json`,
// whose answer is the page to open, with `?error=<code>` when lib/auth/options.ts refused.
// Without next-auth/react, whose 10 KB gzip would otherwise ship with the login page and
// every cabinet page. On success the browser takes the person's stored language (if it had
// none) before the page loads in it.
export async function signInWithPassword(values: { identifier: string; password: string; totp?: string }) {
  const error = await postCredentials(values).catch(() => "UNAVAILABLE");
  if (error) return { ok: false as const, error };
  // A language that cannot be applied is no reason to keep the person out.
  await applyUserLocale({}).catch(() => undefined);
  return { ok: true as const };
}

async function postCredentials(values: { identifier: string; password: string; totp?: string }): Promise<string | null> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...values, totp: values.totp ?? "", csrfToken, callbackUrl: window.location.href, json: "true" }),
  });
  // A refusal comes with 401 and the same JSON; anything else without it (a 429 from the
  // proxy, a 5xx) is no answer about the password.
  const answer = (await response.json().catch(() => null)) as { url?: string } | null;
  if (!answer?.url) return "UNAVAILABLE";
  const error = new URL(answer.url, window.location.href).searchParams.get("error");
  return error ?? (response.ok ? null : "BAD_CREDENTIALS");
}
