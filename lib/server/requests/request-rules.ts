import type { TRequestStatus } from "@/lib/domain";
import { clock } from "@/lib/clock";

// How long the provider has to answer a claim: 15 calendar days from the day it is
// filed, the term Kazakhstan's consumer-protection practice and the telecom service
// rules give for a claim. The deadline is the end of the 15th day, Almaty time.
export const CLAIM_ANSWER_DAYS = 15;

// Asia/Almaty is UTC+5 all year (no daylight saving since 2005; one zone since 2024).
const ALMATY_OFFSET_MS = 5 * 3_600_000;

export function claimDueAt(filedAt: Date): Date {
  const local = new Date(filedAt.getTime() + ALMATY_OFFSET_MS);
  const endOfDayLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + CLAIM_ANSWER_DAYS, 23, 59, 59, 999);
  return new Date(endOfDayLocal - ALMATY_OFFSET_MS);
}

export function almatyYear(date: Date): number {
  return new Date(date.getTime() + ALMATY_OFFSET_MS).getUTCFullYear();
}

export function requestNumber(year: number, serial: number): string {
  return `REQ-${year}-${String(serial).padStart(6, "0")}`;
}

export type TTimeLeft = { isOverdue: boolean; days: number; hours: number };

// Whole days and the hours beyond them, either still left or already overdue.
export function timeLeft(dueAt: Date, now: Date = clock.now()): TTimeLeft {
  const diff = dueAt.getTime() - now.getTime();
  const abs = Math.abs(diff);
  return { isOverdue: diff < 0, days: Math.floor(abs / 86_400_000), hours: Math.floor((abs % 86_400_000) / 3_600_000) };
}

export function isOpen(status: string): boolean {
  return status !== "CLOSED";
}

// A customer's reply reopens a request that waited for them or was resolved.
export function statusAfterCustomerReply(status: TRequestStatus | string, hasAssignee: boolean): TRequestStatus {
  if (status === "WAITING_CUSTOMER" || status === "RESOLVED") return "IN_PROGRESS";
  if (status === "NEW") return "NEW";
  return hasAssignee ? "IN_PROGRESS" : (status as TRequestStatus);
}
