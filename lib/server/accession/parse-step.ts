import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";

// Validates a step's values with its schema; the field errors name the form's own fields
// (the step form sends its values as they are), so they land where the person typed.
export function parseStep<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "root"] ??= issue.message;
  throw new AppError("VALIDATION", "validation", { fieldErrors });
}
