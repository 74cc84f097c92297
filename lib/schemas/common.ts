import { z } from "zod";

// Messages are catalogue keys: the actions send them back as field errors, and the form
// translates them where the field is.
export const zEmail = z.string().trim().toLowerCase().min(1, "validation.required").max(254, "validation.email").pipe(z.email("validation.email"));

// Kazakhstan numbers: +7 and ten digits; spaces, dashes and brackets are allowed and dropped.
export const zPhone = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform((v) => v.replace(/[\s\-()]/g, "").replace(/^8(?=\d{10}$)/, "+7"))
  .pipe(z.string().regex(/^\+7\d{10}$/, "validation.phone"));

export const zPersonName = z.string().trim().min(2, "validation.name").max(120, "validation.name");

export const zId = z.string().trim().min(1).max(64);

export const zAccountRef = z.object({ accountId: zId });
