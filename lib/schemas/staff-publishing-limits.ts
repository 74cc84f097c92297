// The choices of staff-publishing.ts that the browser needs too, without zod.
export const NOTICE_AUDIENCES = ["ALL", "ACCOUNT", "SERVICE"] as const;
