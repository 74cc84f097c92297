import "server-only";
import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";

// A refusal that names its reason next to the field it concerns, in the person's
// language, with figures (a file's name, an amount). The text comes from the `requests`
// catalogue; the action layer passes field errors through to the form as they are.
export async function refuse(field: string, key: string, values?: Record<string, string | number>): Promise<never> {
  const t = await getTranslations("requests");
  throw new AppError("VALIDATION", "validation", { fieldErrors: { [field]: t(key as never, values as never) } });
}
