import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { ACCOUNT_STATUSES, DOCUMENT_STATUSES, REQUEST_STATUSES, SUBSCRIPTION_STATUSES, USER_STATUSES } from "@/lib/domain";
import { AUDIT_ACTIONS } from "@/lib/server/audit/audit-actions";
import { describeAction } from "@/lib/server/audit/describe-audit";
import { translatorFor } from "@/test/translator";

// Codes people would otherwise read raw: every audit action writeAudit accepts, and every
// stored status, under each catalogue path a screen reads it from. The lists come from
// the code (lib/server/audit/audit-actions.ts, lib/domain.ts), so a new code without a
// label in ru, kk and en fails here.
const STATUS_LABELS: Array<{ codes: readonly string[]; paths: string[] }> = [
  // The customer's documents screen, the dashboard and the staff subscriber card.
  { codes: DOCUMENT_STATUSES, paths: ["documents.status"] },
  { codes: ACCOUNT_STATUSES, paths: ["dashboard.account.status", "staff.accountStatus", "staff.card.accountStatus", "requests.staff.accountStatus"] },
  { codes: USER_STATUSES, paths: ["users.statuses", "staff.card.userStatus"] },
  { codes: REQUEST_STATUSES, paths: ["requests.status", "requests.staff.status"] },
  { codes: SUBSCRIPTION_STATUSES, paths: ["services.status", "dashboard.services.subscriptionStatus", "requests.changes.subscriptionStatus"] },
];

describe("labels of codes", () => {
  for (const locale of LOCALES) {
    it(`every audit action reads as a label in ${locale}`, () => {
      const t = translatorFor("audit", locale);
      const missing = AUDIT_ACTIONS.filter((action) => {
        const label = describeAction(t, action);
        return !label.trim() || label === action;
      });
      expect(missing, `audit actions without a ${locale} label in messages/${locale}/audit.json`).toEqual([]);
    });

    it(`every document, account, user, request and subscription status reads as a label in ${locale}`, () => {
      const t = translatorFor(undefined, locale);
      const missing = STATUS_LABELS.flatMap(({ codes, paths }) =>
        paths.flatMap((path) =>
          codes.filter((code) => !t.has(`${path}.${code}`) || !t(`${path}.${code}`).trim() || t(`${path}.${code}`) === code).map((code) => `${path}.${code}`),
        ),
      );
      expect(missing, `statuses without a ${locale} label`).toEqual([]);
    });
  }

  it("has no action twice", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});
