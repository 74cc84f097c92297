import { z } from "zod";

export const ZLogin = z.object({
  identifier: z.string().trim().min(1, "validation.required").max(254, "validation.tooLong"),
  password: z.string().min(1, "validation.required").max(128, "validation.passwordLong"),
  totp: z.string().trim().max(32).optional(),
});
export type TLogin = z.infer<typeof ZLogin>;
