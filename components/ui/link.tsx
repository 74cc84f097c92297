"use client";

import NextLink, { useLinkStatus } from "next/link";
import type { ComponentProps } from "react";

// next/link without prefetching. Every page of the app is dynamic and has no loading state
// (below, PendingHint), so a prefetch could only fetch the page's route tree: about 20 ms of
// the server's CPU for every link a pointer crossed, and a navigation no quicker for it
// (click to content 148, 167 and 133 ms with prefetching on intent, 178, 165 and 146 ms
// without, within the machine's drift: README, "Following a link"). Before that, every link
// in view prefetched its page at load: a desktop dashboard made the server render the dozen
// pages of the menu while the page was starting. `prefetch` on a link still overrides.
export function Link({ prefetch, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink {...props} prefetch={prefetch ?? false} />;
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
