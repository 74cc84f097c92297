import { can, type TGrantHolder } from "@/lib/auth/permissions";
import { ALERT_KINDS, type TAlertKind } from "@/lib/domain";

export { ALERT_KINDS, type TAlertKind };

// The alerts a person may choose, who may have each, and what they get without a choice
// of their own (no AlertPreference row). Plain data: the settings screen, the action and
// every trigger read the same rules.

export function isAlertKind(value: unknown): value is TAlertKind {
  return typeof value === "string" && (ALERT_KINDS as readonly string[]).includes(value);
}

export const DEFAULT_THRESHOLD_TIYN = 500_000; // 5 000 ₸

export type TAlertHolder = TGrantHolder & { billingMethod: string };
export type TAlertChoice = { isEmailOn: boolean; isNoticeOn: boolean; thresholdTiyn: number | null };

// Who may have the alert at all: it tells about what the person may see in the cabinet.
// Suspension: the owners get the contractual mail of change-account-status.ts whatever
// they choose, so the alert is for the other members.
export function isEligible(kind: TAlertKind, holder: TAlertHolder): boolean {
  switch (kind) {
    case "LOW_BALANCE":
      return holder.billingMethod === "PREPAID" && can(holder, "finance.read");
    case "INVOICE_DUE":
      return holder.billingMethod === "POSTPAID" && can(holder, "finance.read");
    case "DOCUMENT_ISSUED":
      return can(holder, "documents.read");
    case "SERVICE_SUSPENDED":
      return holder.role !== "OWNER";
    case "REQUEST_ANSWERED":
      return can(holder, "requests.manage");
  }
}

// Request answers and suspensions already reach the account's notices (for everyone with
// the notices grant), so for them the alert is the mail alone; the others can also leave a
// personal notice, which needs the notices grant to be read.
export function hasNoticeChannel(kind: TAlertKind): boolean {
  return kind !== "SERVICE_SUSPENDED" && kind !== "REQUEST_ANSWERED";
}

// Without a choice: everything eligible is on by mail and notice, except request answers
// for members other than the owner and the request's author (the rule before alerts were
// chosen), which they can turn on.
export function defaultChoice(kind: TAlertKind, holder: TAlertHolder, context: { isRequestAuthor?: boolean } = {}): TAlertChoice {
  const isEmailOn = kind === "REQUEST_ANSWERED" ? holder.role === "OWNER" || !!context.isRequestAuthor : true;
  return {
    isEmailOn,
    isNoticeOn: hasNoticeChannel(kind) && can(holder, "notices.read"),
    thresholdTiyn: kind === "LOW_BALANCE" ? DEFAULT_THRESHOLD_TIYN : null,
  };
}

// What the person's row says, trimmed to what they may have now (a grant taken away since
// turns its channel off).
export function effectiveChoice(
  kind: TAlertKind,
  holder: TAlertHolder,
  stored: TAlertChoice | null | undefined,
  context: { isRequestAuthor?: boolean } = {},
): TAlertChoice | null {
  if (!isEligible(kind, holder)) return null;
  const choice = stored ?? defaultChoice(kind, holder, context);
  return {
    isEmailOn: choice.isEmailOn,
    isNoticeOn: choice.isNoticeOn && hasNoticeChannel(kind) && can(holder, "notices.read"),
    thresholdTiyn: kind === "LOW_BALANCE" ? (choice.thresholdTiyn ?? DEFAULT_THRESHOLD_TIYN) : null,
  };
}

// The mail's template name in the outbox; a request answer keeps the name it had before
// it became an alert, which the staff mail screen and the specs know.
export function alertTemplate(kind: TAlertKind): string {
  return kind === "REQUEST_ANSWERED" ? "request-answer" : `alert-${kind.toLowerCase().replace(/_/g, "-")}`;
}
