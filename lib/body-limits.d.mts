// Types for lib/body-limits.mjs (plain JavaScript so that scripts/server.mjs can import it).
export declare const MAX_ATTACHMENT_BYTES: number;
export declare const MAX_ATTACHMENTS_PER_MESSAGE: number;
export declare const MAX_ACTION_BODY_BYTES: number;
