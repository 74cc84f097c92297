import { z } from "zod";
import { refinePasswordPair, zNewPassword } from "@/lib/auth/password-policy";
import { zToken } from "./activation";

export const ZResetPassword = z
  .object({ token: zToken, password: zNewPassword, passwordConfirm: z.string() })
  .superRefine((value, ctx) => refinePasswordPair(value, ctx));
export type TResetPassword = z.infer<typeof ZResetPassword>;

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(128, "validation.passwordLong"),
    password: zNewPassword,
    passwordConfirm: z.string(),
  })
  .superRefine((value, ctx) => refinePasswordPair(value, ctx));
export type TChangePassword = z.infer<typeof ZChangePassword>;
