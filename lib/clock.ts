// The one clock of the cabinet. The server code, the demo seed and the test fixtures all ask
// it for "now"; nothing else reads the system time. Production reads the system clock. A
// test injects an instant with `clock.set(...)`, and CI moves the whole process tree ahead
// with Debian's faketime (scripts/e2e-shifted.mjs) to prove that the seed, the fixtures and
// the code agree on any date. Pure, so the seed (outside Next) and Playwright workers use it.

type TSource = () => number;

let source: TSource = () => Date.now();

export const clock = {
  /** The current instant. */
  now(): Date {
    return new Date(source());
  },
  /** The current instant in milliseconds since the epoch. */
  nowMs(): number {
    return source();
  },
  /** Pins the clock to an instant; `null` gives it back to the system clock. */
  set(at: Date | null): void {
    const ms = at?.getTime();
    source = ms === undefined ? () => Date.now() : () => ms;
  },
};
