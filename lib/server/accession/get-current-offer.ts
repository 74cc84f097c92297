import "server-only";
import { db } from "@/lib/db";
import { clock } from "@/lib/clock";

// The public offer in force now: the newest OFFER version already effective. Public
// text, so no caller: the trial cabinet and the wizard show it to anyone signed in.
export async function getCurrentOffer(now = clock.now()) {
  return db.agreementVersion.findFirst({
    where: { kind: "OFFER", effectiveAt: { lte: now } },
    orderBy: { effectiveAt: "desc" },
  });
}
