import bcrypt from "bcryptjs";
import { randomBytes } from "node:crypto";

// The one cost factor of every stored password. Raise it here: hashes of an older cost are
// replaced at the next successful sign-in (needsRehash), and the dummy below follows.
export const PASSWORD_ROUNDS = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, PASSWORD_ROUNDS);
}

// An unknown login is checked against a hash made by hashPassword itself, once per process,
// so it costs exactly what checking a real password costs and the time tells nothing.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString("base64"));
  return dummyHash;
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) {
    await bcrypt.compare(password, await dummyPasswordHash());
    return false;
  }
  return bcrypt.compare(password, hash);
}

export function needsRehash(hash: string): boolean {
  return bcrypt.getRounds(hash) !== PASSWORD_ROUNDS;
}
