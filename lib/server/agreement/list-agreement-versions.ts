import "server-only";
import { db } from "@/lib/db";

// Every published version, newest first, without the bodies.
export async function listAgreementVersions(kind: "AGREEMENT" | "OFFER" = "AGREEMENT") {
  return db.agreementVersion.findMany({
    where: { kind },
    orderBy: [{ effectiveAt: "desc" }, { publishedAt: "desc" }],
    select: { id: true, version: true, effectiveAt: true, titleRu: true, titleKk: true, titleEn: true },
  });
}
