// The sign-in fields' limits and messages, without zod: the login form checks them in the
// browser with react-hook-form's rules (it posts to next-auth, not to a server action, so
// no action answers with field errors), and ZLogin states the same in zod.
export const LOGIN_REQUIRED = "validation.required";

export const LOGIN_LIMITS = {
  identifier: { max: 254, tooLong: "validation.tooLong" },
  password: { max: 128, tooLong: "validation.passwordLong" },
  totp: { max: 32, tooLong: "validation.tooLong" },
} as const;
