import { z } from "zod";
import { LOGIN_LIMITS, LOGIN_REQUIRED } from "./login-limits";

const { identifier, password, totp } = LOGIN_LIMITS;

export const ZLogin = z.object({
  identifier: z.string().trim().min(1, LOGIN_REQUIRED).max(identifier.max, identifier.tooLong),
  password: z.string().min(1, LOGIN_REQUIRED).max(password.max, password.tooLong),
  totp: z.string().trim().max(totp.max, totp.tooLong).optional(),
});
export type TLogin = z.infer<typeof ZLogin>;
