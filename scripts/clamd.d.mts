// Types for scripts/clamd.mjs, imported by the TypeScript tests.
export declare const TEST_SIGNATURES: string;
export declare function findClamd(): string | null;
export declare function freePort(): Promise<number>;
export declare function ping(host: string, port: number): Promise<boolean>;
export declare function startClamd(options?: {
  port?: number;
  host?: string;
  databaseDir?: string;
  timeoutMs?: number;
}): Promise<{ host: string; port: number; pid: number | undefined; stop: () => Promise<void> }>;
