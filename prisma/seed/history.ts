import type { TSeedDb } from "./client";

// A year of usage, ledger entries, monthly documents and notices for the demo accounts.
// Filled in by the cabinet screens' work (issue 3).
export async function seedHistory(_db: TSeedDb) {}
