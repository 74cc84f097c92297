"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { markAllNoticesRead } from "@/lib/actions/mark-all-notices-read";

export function MarkAllReadButton({ accountId }: { accountId: string }) {
  const t = useTranslations("notices");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button
        type="button"
        isLoading={isPending}
        onClick={() =>
          startTransition(async () => {
            const result = await markAllNoticesRead({ accountId });
            setMessage(result.ok ? { text: t("markedAll", { count: result.data.count }), isError: false } : { text: result.error, isError: true });
            if (result.ok) router.refresh();
          })
        }
      >
        {t("markAllRead")}
      </Button>
      {message && (
        <p role={message.isError ? "alert" : "status"} className={message.isError ? "text-sm text-red-600" : "text-sm text-slate-600"}>
          {message.text}
        </p>
      )}
    </div>
  );
}
