import "server-only";
import { AppError } from "@/lib/errors";

// A refusal the owner can read: the `errors` catalogue belongs to the foundation, so the
// text is a key of the `users` catalogue, carried as a field error (`root` when it
// concerns the whole form). The forms show it on the field; a direct caller reads the key.
export function refuse(key: string, field = "root"): AppError {
  return new AppError("VALIDATION", "validation", { fieldErrors: { [field]: `users.errors.${key}` } });
}
