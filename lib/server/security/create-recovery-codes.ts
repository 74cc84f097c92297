import "server-only";
import { randomInt } from "node:crypto";
import type { Tx } from "@/lib/db";
import { hashToken } from "@/lib/auth/tokens";

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: the codes are read off paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

function generateCode(): string {
  return Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

// Replaces the person's recovery codes with ten new ones. Only their hashes are kept
// (like single-use links); the plain codes are returned once, to be shown once.
// The sign-in check strips spaces and lower-cases, so "abcde fghij" works as typed.
export async function createRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateCode);
  await tx.totpRecoveryCode.deleteMany({ where: { userId } });
  await tx.totpRecoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashToken(code) })) });
  return codes.map((code) => `${code.slice(0, 5)} ${code.slice(5)}`);
}
