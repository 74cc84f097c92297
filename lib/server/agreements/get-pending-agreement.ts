import "server-only";
import { db } from "@/lib/db";
import type { TAuth } from "@/lib/auth/session";
import { clock } from "@/lib/clock";

// Whether this visit must first show the person the agreement's new version (clause 6.1:
// continued use after a change is consent, so they are told what changed first).
//
// Asked: a customer (never staff, never a "view as") who has not accepted the latest
// AGREEMENT version in force, whose last consent (their last acceptance, or their
// activation when none is on record) predates that version's effective date, on a visit
// (a sign-in) that began after that date. Someone mid-task when a version takes effect is
// not pulled away; their next sign-in asks. People who registered under the current text
// are not asked again.
//
// Only a new sign-in can start to need it, and only accepting can end it, so once a session
// is found not to need it that answer is kept for the session's life: the check costs no
// query on every later page of the session.
const settledSessions = new Map<string, true>();
const SETTLED_LIMIT = 50_000;

function settle(sessionId: string): null {
  if (settledSessions.size >= SETTLED_LIMIT) settledSessions.clear();
  settledSessions.set(sessionId, true);
  return null;
}

export async function getPendingAgreement(auth: TAuth, now: Date = clock.now()) {
  if (auth.impersonation || auth.actor.staffRole) return null;
  if (settledSessions.has(auth.sessionId)) return null;
  const latest = await db.agreementVersion.findFirst({
    where: { kind: "AGREEMENT", effectiveAt: { lte: now } },
    orderBy: [{ effectiveAt: "desc" }, { publishedAt: "desc" }],
  });
  if (!latest) return settle(auth.sessionId);
  const userId = auth.user.id;
  if (await db.agreementAcceptance.findFirst({ where: { userId, versionId: latest.id }, select: { id: true } })) {
    return settle(auth.sessionId);
  }
  const last = await db.agreementAcceptance.findFirst({
    where: { userId, version: { kind: "AGREEMENT" } },
    orderBy: { acceptedAt: "desc" },
    select: { acceptedAt: true, versionId: true },
  });
  const inForceSince = latest.effectiveAt;
  const lastConsentAt = last?.acceptedAt ?? auth.user.activatedAt ?? auth.user.createdAt;
  if (lastConsentAt >= inForceSince) return settle(auth.sessionId);
  const session = await db.session.findUnique({ where: { id: auth.sessionId }, select: { createdAt: true } });
  if (!session || session.createdAt < inForceSince) return settle(auth.sessionId);
  return { latest, acceptedVersionId: last?.versionId ?? null };
}
