import { clock } from "@/lib/clock";

// What the wizard's forms need of accession.ts, without zod: the quantity limit, today's
// date in Almaty (no power of attorney is dated later) and the ticked rows of step 4.

export const MAX_QUANTITY = 1000;

// Today's date in Almaty, as YYYY-MM-DD (en-CA formats dates that way).
export function almatyToday(now = clock.now()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Almaty" }).format(now);
}

type TServiceItem = { tariffId: string; selected: boolean; quantity: number };

export function chosenItems(step: { items: TServiceItem[] }): Array<{ tariffId: string; quantity: number }> {
  return step.items.filter((item) => item.selected).map(({ tariffId, quantity }) => ({ tariffId, quantity }));
}
