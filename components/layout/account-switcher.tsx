"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchAccount } from "@/lib/actions/switch-account";

export function AccountSwitcher({
  accounts,
  currentId,
}: {
  accounts: Array<{ id: string; label: string }>;
  currentId: string;
}) {
  const t = useTranslations("common.nav");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  if (accounts.length < 2) {
    return <span className="truncate text-sm text-slate-600">{accounts[0]?.label}</span>;
  }
  return (
    <select
      aria-label={t("switchAccount")}
      data-testid="account-switcher"
      value={currentId}
      disabled={isPending}
      onChange={(event) =>
        startTransition(async () => {
          await switchAccount({ accountId: event.target.value });
          router.refresh();
        })
      }
      className="max-w-56 truncate rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
    >
      {accounts.map((a) => (
        <option key={a.id} value={a.id}>
          {a.label}
        </option>
      ))}
    </select>
  );
}
