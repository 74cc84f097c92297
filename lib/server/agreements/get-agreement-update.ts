import "server-only";
import { db } from "@/lib/db";
import type { TAuth } from "@/lib/auth/session";
import { getPendingAgreement } from "./get-pending-agreement";
import { diffAgreement } from "./diff-text";

type TLang = "ru" | "kk" | "en";

const body = (v: { bodyRu: string; bodyKk: string; bodyEn: string }, l: TLang) => (l === "kk" ? v.bodyKk : l === "en" ? v.bodyEn : v.bodyRu);
const title = (v: { titleRu: string; titleKk: string; titleEn: string }, l: TLang) => (l === "kk" ? v.titleKk : l === "en" ? v.titleEn : v.titleRu);

// What the interstitial shows: the new version and how it differs from the one the person
// last accepted (or, with none on record, the version before it), in their language.
export async function getAgreementUpdate(auth: TAuth, locale: TLang) {
  const pending = await getPendingAgreement(auth);
  if (!pending) return null;
  const { latest, acceptedVersionId } = pending;
  const previous =
    (acceptedVersionId ? await db.agreementVersion.findUnique({ where: { id: acceptedVersionId } }) : null) ??
    (await db.agreementVersion.findFirst({
      where: { kind: "AGREEMENT", id: { not: latest.id }, effectiveAt: { lte: latest.effectiveAt } },
      orderBy: { effectiveAt: "desc" },
    }));
  return {
    versionId: latest.id,
    version: latest.version,
    title: title(latest, locale),
    effectiveAt: latest.effectiveAt,
    previousVersion: previous?.version ?? null,
    text: body(latest, locale),
    blocks: previous ? diffAgreement(body(previous, locale), body(latest, locale)) : null,
  };
}
