// Prisma's "unique constraint failed": two people raced for the same login or address.
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: string }).code !== "P2002") return false;
  if (!field) return true;
  const target = (error as { meta?: { target?: unknown } }).meta?.target;
  return !target || JSON.stringify(target).includes(field);
}
