"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { recordImpersonationViewAction } from "@/lib/actions/record-impersonation-view";

// Rendered only while staff impersonate. A layout is not rendered again on in-app
// navigation, so each new path is reported here; the first one was recorded by the
// layout's own render on the server.
export function ImpersonationViewTracker() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void recordImpersonationViewAction({ path: pathname });
  }, [pathname]);
  return null;
}
