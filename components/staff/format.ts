// The value of an <input type="datetime-local"> for a moment, in Almaty time.
export function toAlmatyInput(date: Date): string {
  return new Date(date.getTime() + 5 * 3600_000).toISOString().slice(0, 16);
}
