"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// While a billing run is queued or running, the page is rendered again every few seconds
// (the server reads the runs as the page does, for administrators only), and no longer once
// every run has ended.
export function BillingRunsRefresh({ isActive, intervalMs = 2000 }: { isActive: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!isActive) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [isActive, intervalMs, router]);
  return null;
}
