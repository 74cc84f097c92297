"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

// `isExact`: a section whose sub-page has a link of its own (/profile and /profile/alerts).
export function NavLink({ href, children, badge, isExact }: { href: string; children: React.ReactNode; badge?: number; isExact?: boolean }) {
  const pathname = usePathname();
  const isActive = pathname === href || (!isExact && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={isActive ? "page" : undefined}
      className={cn(
        "flex items-center justify-between rounded-lg px-3 py-2 text-sm font-medium",
        isActive ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
      )}
    >
      <span>{children}</span>
      {!!badge && (
        <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white" data-testid="unread-count">
          {badge}
        </span>
      )}
    </Link>
  );
}
