import "server-only";
import { AppError } from "@/lib/errors";

// A refusal the person can read, as a key of the `security` catalogue carried as a field
// error (`root` for the whole form), like lib/server/users/refuse.ts.
export function refuse(key: string, field = "root"): AppError {
  return new AppError("VALIDATION", "validation", { fieldErrors: { [field]: `security.errors.${key}` } });
}
