type TMessages = Record<string, unknown>;

// The part of a catalogue that a subtree of client components needs: each path is a
// namespace ("users") or a part of one ("staff.impersonation"), kept at its place in the tree.
export function pickMessages(all: TMessages, paths: readonly string[]): TMessages {
  const picked: TMessages = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = all;
    for (const key of keys) from = from && typeof from === "object" ? (from as TMessages)[key] : undefined;
    if (from === undefined) throw new Error(`No messages at "${path}"`);
    let into = picked;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as TMessages;
    into[keys[keys.length - 1]] = from;
  }
  return picked;
}
