import { z } from "zod";
import { zId } from "./common";

// The security centre: sessions and the second factor. Messages are catalogue keys.

export const zTotpCode = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "security.validation.code"));

// A six-digit code or one of the recovery codes (ten letters and digits).
export const zSecondFactor = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(32, "security.validation.codeOrRecovery");

export const ZEndSession = z.object({ sessionId: zId });
export type TEndSession = z.infer<typeof ZEndSession>;

export const ZNoInput = z.object({});

export const ZConfirmTotp = z.object({ code: zTotpCode });
export type TConfirmTotp = z.infer<typeof ZConfirmTotp>;

export const ZDisableTotp = z.object({
  password: z.string().min(1, "validation.required").max(128, "validation.passwordLong"),
  code: zSecondFactor,
});
export type TDisableTotp = z.infer<typeof ZDisableTotp>;

export const ZRegenerateRecoveryCodes = z.object({ code: zSecondFactor });
export type TRegenerateRecoveryCodes = z.infer<typeof ZRegenerateRecoveryCodes>;
