"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { markNoticeRead } from "@/lib/actions/mark-notice-read";

// Marks one notice read; the refresh re-renders the list and the shell's unread badge.
export function MarkReadButton({ accountId, noticeId }: { accountId: string; noticeId: string }) {
  const t = useTranslations("notices");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        type="button"
        variant="secondary"
        isLoading={isPending}
        onClick={() =>
          startTransition(async () => {
            const result = await markNoticeRead({ accountId, noticeId });
            if (!result.ok) return setError(result.error);
            setError(null);
            router.refresh();
          })
        }
      >
        {t("markRead")}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
