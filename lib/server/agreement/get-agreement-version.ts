import "server-only";
import { db } from "@/lib/db";

// One published version of the agreement, by its number (public text: no caller needed).
export async function getAgreementVersion(version: string, kind: "AGREEMENT" | "OFFER" = "AGREEMENT") {
  return db.agreementVersion.findUnique({ where: { kind_version: { kind, version } } });
}
