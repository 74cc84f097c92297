"use client";

import NextLink, { useLinkStatus } from "next/link";
import { useState, type ComponentProps } from "react";

type TLinkProps = ComponentProps<typeof NextLink>;

// next/link, prefetching only when the person shows intent: the pointer over the link, a
// finger on it, or keyboard focus (Next.js's "hover-triggered prefetch" guide). By default
// every link in the viewport prefetches its page as soon as it appears; the cabinet's pages
// are all dynamic, so one desktop page view made the server render the menu's pages up to
// their loading state, a dozen renders of the shell, and the browser parse them while the
// page was still starting. `prefetch={false}` on a link keeps it from prefetching at all.
export function Link({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: TLinkProps) {
  const [hasIntent, setHasIntent] = useState(false);
  const showIntent = () => setHasIntent(true);
  return (
    <NextLink
      {...props}
      prefetch={prefetch === false || !hasIntent ? false : (prefetch ?? null)}
      onMouseEnter={(event) => {
        showIntent();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        showIntent();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        showIntent();
        onFocus?.(event);
      }}
    />
  );
}

// A dot inside a link that pulses while the page it leads to is on its way, if that takes
// longer than 150 ms (app/globals.css, `.pending-hint`); always in place, so nothing moves.
// The cabinet's pages have no loading.tsx: a route-level fallback held a page that was ready
// in 100 ms back until 300 ms after its skeleton had been painted (React's reveal throttle),
// so a page now replaces the last one when it is ready, and the menu's links carry this.
export function PendingHint() {
  const { pending } = useLinkStatus();
  return <span aria-hidden data-pending={pending || undefined} data-testid="nav-pending" className="pending-hint size-1.5 rounded-full bg-brand-500" />;
}
