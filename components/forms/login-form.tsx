"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { TLogin } from "@/lib/schemas/login";
import { LOGIN_LIMITS, LOGIN_REQUIRED } from "@/lib/schemas/login-limits";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { FormError } from "./form-error";
import { signInWithPassword } from "./sign-in-with-password";

const trim = (value: unknown) => (typeof value === "string" ? value.trim() : value);
const { identifier, password, totp } = LOGIN_LIMITS;

// signInWithPassword posts to next-auth's credentials callback; the error it returns is one
// of the codes of lib/server/auth/authenticate.ts. A browser without a chosen language takes
// the person's own at sign-in. No server action answers with field errors here, so the form
// checks its fields itself: ZLogin's figures and messages (login-limits.ts) as plain rules.
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth.login");
  const tBlocked = useTranslations("staff.blockedLogin");
  const [error, setError] = useState<string | null>(null);
  const [needsTotp, setNeedsTotp] = useState(false);
  const [isLocked, setIsLocked] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TLogin>({ shouldFocusError: true });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    setIsLocked(false);
    const result = await signInWithPassword(values);
    if (result.ok) {
      // A full navigation, so the server renders the cabinet with the new session cookie.
      window.location.assign(next);
      return;
    }
    const code = result.error;
    if (code === "TOTP_REQUIRED") {
      setNeedsTotp(true);
      return;
    }
    if (code.startsWith("BLOCKED")) {
      const reason = code.slice("BLOCKED:".length);
      setError(reason ? `${t("blocked")} ${tBlocked("reason", { reason })}` : t("blocked"));
      return;
    }
    if (code === "LOCKED") {
      setIsLocked(true);
      setError(t("locked"));
      return;
    }
    setError(code === "BAD_TOTP" ? t("badTotp") : code === "UNAVAILABLE" ? t("unavailable") : t("badCredentials"));
  });

  return (
    <Card className="w-full max-w-md">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4" data-testid="login-form">
        <FormError message={error} />
        {isLocked && (
          <Link href="/forgot-password" className="block text-sm font-medium text-brand-700 underline" data-testid="locked-reset">
            {t("lockedReset")}
          </Link>
        )}
        <Input
          label={t("identifier")}
          autoComplete="username"
          autoCapitalize="none"
          error={errors.identifier?.message}
          {...register("identifier", {
            setValueAs: trim,
            required: LOGIN_REQUIRED,
            maxLength: { value: identifier.max, message: identifier.tooLong },
          })}
        />
        <Input
          label={t("password")}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register("password", { required: LOGIN_REQUIRED, maxLength: { value: password.max, message: password.tooLong } })}
        />
        {needsTotp && (
          <Input
            label={t("totp")}
            hint={t("totpHint")}
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            error={errors.totp?.message}
            {...register("totp", { setValueAs: trim, maxLength: { value: totp.max, message: totp.tooLong } })}
          />
        )}
        <Button type="submit" className="w-full" isLoading={isSubmitting} loadingText={t("submitting")}>
          {t("submit")}
        </Button>
      </form>
      <div className="mt-6 flex flex-col gap-2 text-sm sm:flex-row sm:justify-between">
        <Link href="/forgot-password" className="text-brand-700 hover:underline">
          {t("forgot")}
        </Link>
        <Link href="/register" className="text-brand-700 hover:underline">
          {t("register")}
        </Link>
      </div>
    </Card>
  );
}
