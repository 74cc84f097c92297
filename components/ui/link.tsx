"use client";

import NextLink from "next/link";
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
