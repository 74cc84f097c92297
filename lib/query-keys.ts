// Every TanStack Query key of the app, in one place.
export const queryKeys = {
  unreadNotices: (accountId: string) => ["notices", "unread", accountId] as const,
  statistics: (accountId: string, params: Record<string, string>) => ["statistics", accountId, params] as const,
  accessionTotal: (params: Record<string, unknown>) => ["accession", "total", params] as const,
};
