// Every permission a cabinet member can hold. The owner holds all of them, and alone
// holds OWNER_ONLY ones (managing users, reading the audit log, the cabinet's security).

export const PERMISSIONS = [
  "finance.read",
  "finance.manage",
  "documents.read",
  "statistics.read",
  "services.read",
  "services.manage",
  "requests.manage",
  "notices.read",
] as const;

export const OWNER_ONLY = ["users.manage", "audit.read", "account.manage"] as const;

export type TPermission = (typeof PERMISSIONS)[number];
export type TOwnerPermission = (typeof OWNER_ONLY)[number];
export type TAnyPermission = TPermission | TOwnerPermission;

export const PERMISSION_PRESETS = {
  ACCOUNTANT: ["finance.read", "finance.manage", "documents.read", "notices.read"],
  ENGINEER: ["services.read", "services.manage", "statistics.read", "notices.read"],
  VIEWER: ["finance.read", "documents.read", "statistics.read", "services.read", "notices.read"],
} as const satisfies Record<string, readonly TPermission[]>;

export type TPermissionPreset = keyof typeof PERMISSION_PRESETS;

export function isPermission(value: string): value is TPermission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

// Reads the stored JSON list, keeping only known permissions (a stale or tampered
// value grants nothing).
export function parsePermissions(stored: string | null | undefined): TPermission[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((p): p is TPermission => typeof p === "string" && isPermission(p)) : [];
  } catch {
    return [];
  }
}

export function serializePermissions(permissions: readonly TPermission[]): string {
  return JSON.stringify([...new Set(permissions)].filter(isPermission).sort());
}

export type TGrantHolder = { role: string; permissions: readonly TPermission[] };

export function can(holder: TGrantHolder, permission: TAnyPermission): boolean {
  if (holder.role === "OWNER") return true;
  return (holder.permissions as readonly string[]).includes(permission);
}

// What a holder is effectively granted, for the screens (the owner: everything).
export function effectivePermissions(holder: TGrantHolder): TAnyPermission[] {
  if (holder.role === "OWNER") return [...PERMISSIONS, ...OWNER_ONLY];
  return [...holder.permissions];
}
