import type { TAnyPermission } from "@/lib/auth/permissions";

// The cabinet's sections and the grant each needs (null: every member). The pages check
// the same grants on the server; hiding a link is only a courtesy.
export const CABINET_NAV: Array<{ href: string; key: string; permission: TAnyPermission | TAnyPermission[] | null }> = [
  { href: "/dashboard", key: "dashboard", permission: null },
  { href: "/services", key: "services", permission: ["services.read", "services.manage"] },
  { href: "/statistics", key: "statistics", permission: "statistics.read" },
  { href: "/finance", key: "finance", permission: "finance.read" },
  { href: "/documents", key: "documents", permission: "documents.read" },
  { href: "/notices", key: "notices", permission: "notices.read" },
  { href: "/requests", key: "requests", permission: "requests.manage" },
  { href: "/users", key: "users", permission: "users.manage" },
  { href: "/audit", key: "audit", permission: "audit.read" },
  { href: "/provider-access", key: "providerAccess", permission: "account.manage" },
];
