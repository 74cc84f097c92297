"use client";

import { useEffect, useState } from "react";

type TProps = { accountId: string; unread: number };

export function UnreadCount({ count }: { count: number }) {
  if (!count) return null;
  return (
    <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white" data-testid="unread-count">
      {count}
    </span>
  );
}

// The notices link's count: the server's figure in the page, then, once the page is up, the
// live one (live-unread-badge.tsx, with TanStack Query), loaded after the page so that no
// page's first load carries the library.
export function UnreadBadge(props: TProps) {
  const [Live, setLive] = useState<React.ComponentType<TProps> | null>(null);
  useEffect(() => {
    let isCurrent = true;
    import("./live-unread-badge").then((module) => isCurrent && setLive(() => module.default)).catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);
  return Live ? <Live {...props} /> : <UnreadCount count={props.unread} />;
}
