import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { zId } from "./common";

export const ZSetLocale = z.object({ locale: z.enum(LOCALES) });
export type TSetLocale = z.infer<typeof ZSetLocale>;

export const ZSwitchAccount = z.object({ accountId: zId });
