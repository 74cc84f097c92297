// The figures of service-changes.ts that the browser needs too, without zod: the forms
// ask for a price preview only for a quantity the action would accept.
export const MAX_SERVICE_QUANTITY = 1_000;
