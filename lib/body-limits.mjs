// The limits of a request body, in one plain module so that next.config.ts, the server in
// front of Next (scripts/server.mjs), the schemas and the forms' file picker all read the
// same figures.
// A message may carry five files of 10 MB each; its text fields and the multipart framing
// get one more megabyte. Nothing between the browser and the action may cut a body that
// fits: Next's proxy buffer (experimental.proxyClientMaxBodySize, 10 MB by default) and
// the server actions' own limit are both set to this figure.
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_MESSAGE = 5;
export const MAX_ACTION_BODY_BYTES = MAX_ATTACHMENT_BYTES * MAX_ATTACHMENTS_PER_MESSAGE + 1024 * 1024;
