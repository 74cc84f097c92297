import { almatyDayStart } from "./almaty-time";

// A filter's "from" and "to" calendar days (both inclusive, Almaty time) as a half-open
// range of instants [gte, lt). Pure.
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = almatyDayStart(from);
  if (to) range.lt = new Date(almatyDayStart(to).getTime() + 24 * 60 * 60 * 1000);
  return range;
}
