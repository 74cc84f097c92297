import "server-only";
import { db } from "@/lib/db";

// The public service catalogue: services on sale with their tariffs on sale. Prices are
// the provider's published offer, not anybody's data, so no caller scoping is needed.
export async function listCatalogue() {
  return db.service.findMany({
    where: { isActive: true, tariffs: { some: { isActive: true } } },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    include: { tariffs: { where: { isActive: true }, orderBy: [{ monthlyPrice: "asc" }, { code: "asc" }] } },
  });
}

export type TCatalogue = Awaited<ReturnType<typeof listCatalogue>>;
