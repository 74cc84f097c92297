import "server-only";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";

// The version in force now: the latest one whose effective date has come. A version
// published ahead of its date is not yet what people accept.
export async function getCurrentAgreement(kind: "AGREEMENT" | "OFFER" = "AGREEMENT", now: Date = clock.now()) {
  return db.agreementVersion.findFirst({
    where: { kind, effectiveAt: { lte: now } },
    orderBy: [{ effectiveAt: "desc" }, { publishedAt: "desc" }],
  });
}
