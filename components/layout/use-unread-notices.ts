"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

const REFRESH_MS = 60_000;
const keyOf = (accountId: string) => ["notices", "unread", accountId];

// The menu's unread count, kept fresh with TanStack Query: asked again every minute and when
// the person comes back to the tab, so a notice the provider publishes shows without a page
// load. The server's count comes with every render of the shell (after marking a notice
// read, after switching the account) and replaces the cached one.
export function useUnreadNotices({ accountId, unread: serverCount }: { accountId: string; unread: number }): number {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: keyOf(accountId),
    queryFn: async () => {
      const response = await fetch("/api/notices/unread", { cache: "no-store" });
      if (!response.ok) throw new Error(`The unread count answered ${response.status}`);
      const body = (await response.json()) as { accountId: string; unread: number };
      // The account was switched in another tab: this page's count stays as it was.
      return body.accountId === accountId ? body.unread : (queryClient.getQueryData<number>(keyOf(accountId)) ?? serverCount);
    },
    initialData: serverCount,
    // The page brought the count: no request on mount, one on focus and every minute.
    staleTime: 0,
    refetchOnMount: false,
    refetchInterval: REFRESH_MS,
  });
  useEffect(() => {
    queryClient.setQueryData(keyOf(accountId), serverCount);
  }, [accountId, serverCount, queryClient]);
  return data;
}
