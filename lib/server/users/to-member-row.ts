import "server-only";
import { parsePermissions, type TPermission } from "@/lib/auth/permissions";

// A membership as the users screens show it.
export type TMemberRow = {
  userId: string;
  email: string;
  name: string;
  phone: string;
  role: "OWNER" | "MEMBER";
  // ACTIVE | SUSPENDED in this account; PENDING until the invitation is accepted;
  // BLOCKED when the provider suspended the person's login.
  status: "ACTIVE" | "SUSPENDED" | "PENDING" | "BLOCKED";
  // The membership alone: whether this account is open to them.
  isSuspended: boolean;
  permissions: TPermission[];
  lastLoginAt: Date | null;
  hasTotp: boolean;
  addedAt: Date;
};

export const MEMBER_USER_FIELDS = { id: true, email: true, name: true, phone: true, status: true, lastLoginAt: true, totpEnabledAt: true } as const;

type TRow = {
  userId: string;
  role: string;
  status: string;
  permissions: string;
  createdAt: Date;
  user: { email: string; name: string; phone: string; status: string; lastLoginAt: Date | null; totpEnabledAt: Date | null };
};

export function toMemberRow(m: TRow): TMemberRow {
  const status =
    m.user.status === "PENDING" ? "PENDING" : m.user.status !== "ACTIVE" ? "BLOCKED" : (m.status as "ACTIVE" | "SUSPENDED");
  return {
    userId: m.userId,
    email: m.user.email,
    name: m.user.name,
    phone: m.user.phone,
    role: m.role as TMemberRow["role"],
    status,
    isSuspended: m.status === "SUSPENDED",
    permissions: m.role === "OWNER" ? [] : parsePermissions(m.permissions),
    lastLoginAt: m.user.lastLoginAt,
    hasTotp: !!m.user.totpEnabledAt,
    addedAt: m.createdAt,
  };
}

