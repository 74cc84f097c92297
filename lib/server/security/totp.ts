import "server-only";
import { authenticator } from "otplib";

// RFC 6238 with the usual parameters (SHA-1, 6 digits, 30 s), one step of clock drift
// either way, as lib/server/auth/verify-second-factor.ts accepts at sign-in.
export const totp = authenticator.clone({ window: 1 });

export const TOTP_ISSUER = "KOMPaaS.tech";
