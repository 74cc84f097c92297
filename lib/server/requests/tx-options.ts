export { takeWriteLock as claimWriteLock } from "@/lib/db";

// Interactive transactions that write a request or apply a service change (the client's
// defaults in lib/db.ts are the same; kept explicit where the wait matters most).
export const WRITE_TX = { maxWait: 10_000, timeout: 20_000 } as const;
