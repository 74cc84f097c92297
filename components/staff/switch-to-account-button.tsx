"use client";

import { useState } from "react";
import { switchAccount } from "@/lib/actions/switch-account";
import { Button } from "@/components/ui/button";

export function SwitchToAccountButton({ accountId, label }: { accountId: string; label: string }) {
  const [isPending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      isReadAction
      isLoading={isPending}
      onClick={async () => {
        setPending(true);
        const result = await switchAccount({ accountId });
        if (result.ok) window.location.assign("/dashboard");
        else setPending(false);
      }}
    >
      {label}
    </Button>
  );
}
