import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// PostgreSQL through the WebAssembly schema engine. The pg adapter does not map the
// catalog type `name` (OID 19) that migrate reads, so the pool reports it as text (25)
// before the adapter sees the fields.
function patchedPool(connectionString: string) {
  const pool = new pg.Pool({ connectionString });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  (pool as unknown as { query: unknown }).query = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
    return result;
  };
  return pool;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/postgres/schema.prisma",
  migrations: { path: "prisma/postgres/migrations" },
  async adapter() {
    return new PrismaPg(patchedPool(process.env.DATABASE_URL ?? ""));
  },
});
