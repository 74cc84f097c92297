import { createPrismaClient } from "../../lib/db-adapter";
import type { PrismaClient } from "../../generated/prisma/client";

// The seed runs outside Next (tsx), so it builds its own client on the same database.
export function createSeedClient(url = process.env.DATABASE_URL ?? "file:./data/cabinet.db"): PrismaClient {
  return createPrismaClient(url);
}

export type TSeedDb = PrismaClient;

export const DEMO_PASSWORD = "Kabinet-2026";
