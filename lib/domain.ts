// Closed sets of values stored as strings (portable between SQLite and PostgreSQL).

export const USER_STATUSES = ["PENDING", "ACTIVE", "SUSPENDED", "BLOCKED"] as const;
export type TUserStatus = (typeof USER_STATUSES)[number];

export const STAFF_ROLES = ["SUPPORT", "ADMIN"] as const;
export type TStaffRole = (typeof STAFF_ROLES)[number];

export const SUBSCRIBER_KINDS = ["LEGAL", "SOLE", "PERSON"] as const;
export type TSubscriberKind = (typeof SUBSCRIBER_KINDS)[number];

export const ACCOUNT_STATUSES = ["ACTIVE", "SUSPENDED", "TERMINATED", "BLOCKED"] as const;
export type TAccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const BILLING_METHODS = ["PREPAID", "POSTPAID"] as const;
export type TBillingMethod = (typeof BILLING_METHODS)[number];

export const MEMBERSHIP_ROLES = ["OWNER", "MEMBER"] as const;
export type TMembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const SUBSCRIPTION_STATUSES = ["ACTIVE", "SUSPENDED", "DISCONNECTED"] as const;
export type TSubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const LEDGER_KINDS = ["CHARGE", "PAYMENT", "ADJUSTMENT"] as const;
export type TLedgerKind = (typeof LEDGER_KINDS)[number];

export const DOCUMENT_KINDS = ["INVOICE", "ACT", "TAX_INVOICE", "ACCESSION"] as const;
export type TDocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ["ISSUED", "PAID", "OVERDUE", "CANCELLED"] as const;
export type TDocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const NOTICE_SEVERITIES = ["INFO", "WARNING", "CRITICAL"] as const;
export type TNoticeSeverity = (typeof NOTICE_SEVERITIES)[number];

export const REQUEST_TOPICS = ["CLAIM", "QUESTION", "WISH", "SERVICE_CHANGE", "DOCUMENTS"] as const;
export type TRequestTopic = (typeof REQUEST_TOPICS)[number];

export const REQUEST_STATUSES = ["NEW", "IN_PROGRESS", "WAITING_CUSTOMER", "RESOLVED", "CLOSED"] as const;
export type TRequestStatus = (typeof REQUEST_STATUSES)[number];

export const TOKEN_PURPOSES = ["ACTIVATION", "PASSWORD_RESET", "EMAIL_CHANGE"] as const;
export type TTokenPurpose = (typeof TOKEN_PURPOSES)[number];

// The alerts a person chooses (lib/server/alerts/alert-kinds.ts has who may have which).
export const ALERT_KINDS = ["LOW_BALANCE", "INVOICE_DUE", "DOCUMENT_ISSUED", "SERVICE_SUSPENDED", "REQUEST_ANSWERED"] as const;
export type TAlertKind = (typeof ALERT_KINDS)[number];
