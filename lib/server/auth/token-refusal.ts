import "server-only";
import { AppError } from "@/lib/errors";
import type { TTokenState } from "@/lib/auth/tokens";

// The refusal of a link that is no longer (or never was) good, in words that say which.
export function tokenRefusal(state: Exclude<TTokenState, "valid">): AppError {
  const key = state === "expired" ? "linkExpired" : state === "used" ? "linkUsed" : "linkUnknown";
  return new AppError("BAD_REQUEST", key);
}
