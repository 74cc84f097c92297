"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { UnreadCount } from "./unread-badge";
import { useUnreadNotices } from "./use-unread-notices";

// Loaded after the page by unread-badge.tsx, with its own TanStack Query client: the only
// screen part that reads data from the browser, so no layout carries a provider for it.
export default function LiveUnreadBadge(props: { accountId: string; unread: number }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <LiveCount {...props} />
    </QueryClientProvider>
  );
}

function LiveCount(props: { accountId: string; unread: number }) {
  return <UnreadCount count={useUnreadNotices(props)} />;
}
