import { z } from "zod";
import { refinePasswordPair, zNewPassword } from "@/lib/auth/password-policy";

export const LOGIN_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;

// Latin letters, digits, dot, dash, underscore; unique without regard to case (User.loginKey).
export const zLoginName = z.string().trim().regex(LOGIN_PATTERN, "validation.login");

export const zToken = z.string().trim().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/);

export const ZActivate = z
  .object({ token: zToken, login: zLoginName, password: zNewPassword, passwordConfirm: z.string() })
  .superRefine((value, ctx) => refinePasswordPair(value, ctx));
export type TActivate = z.infer<typeof ZActivate>;
