"use client";

import { Link, PendingHint } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { Fragment } from "react";
import { cn } from "@/components/ui/cn";
import { UnreadBadge } from "./unread-badge";

// `isExact`: a section whose sub-page has a link of its own (/profile and /profile/alerts).
export type TNavItem = { href: string; label: string; isExact?: boolean };

// The cabinet's menu: groups of links, a rule between them, the current page marked from the
// path (the layout that renders the menu is kept across navigations, so only the browser
// knows the path). One client component for the list, not one per link. `notices`: the
// unread count of the notices link, which keeps itself fresh.
export function NavList({ label, groups, notices }: { label: string; groups: TNavItem[][]; notices: { accountId: string; unread: number } | null }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="space-y-1">
      {groups.map((items, index) => (
        <Fragment key={index}>
          {index > 0 && <div className="my-2 border-t border-slate-200" />}
          {items.map(({ href, label, isExact }) => {
            const isActive = pathname === href || (!isExact && pathname.startsWith(`${href}/`));
            return (
              <Link
                key={href}
                href={href}
                aria-current={isActive ? "page" : undefined}
                className={cn(
                  "flex items-center justify-between rounded-lg px-3 py-2 text-sm font-medium",
                  isActive ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                <span className="flex items-center gap-2">
                  <span>{label}</span>
                  <PendingHint />
                </span>
                {href === "/notices" && notices && <UnreadBadge {...notices} />}
              </Link>
            );
          })}
        </Fragment>
      ))}
    </nav>
  );
}
