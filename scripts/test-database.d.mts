export function isPostgresRun(): boolean;
export function freshDatabase(name: string): Promise<string>;
export function cloneDatabase(fromName: string, name: string): Promise<string>;
export function dropDatabase(name: string): Promise<void>;
