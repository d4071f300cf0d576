import { addOsloDays, osloDateKey } from "@/lib/time/oslo";

/** The longest text a request field (or an answer) may hold, in characters; the database agrees. */
export const FORMAL_REQUEST_TEXT_MAX = 4000;

/** Pasient- og brukerrettighetsloven § 5-1 (and § 5-2 by reference): an answer within 30 days. */
export const ANSWER_WITHIN_DAYS = 30;

/** Rows per page of the clinicians' work list. */
export const WORK_LIST_PAGE_SIZE = 25;

/**
 * The legal answer deadline for a request received at `receivedAt`: the Oslo calendar day of receipt
 * plus 30 days (yyyy-mm-dd). Counted in calendar days in Oslo, so a request received at 00:30 Oslo
 * time (22:30 or 23:30 UTC the day before) counts from the Oslo day, across daylight saving too. The
 * database checks the stored day with the same rule (migration formal_requests_constraints).
 */
export function answerDueKey(receivedAt: Date): string {
  return addOsloDays(osloDateKey(receivedAt), ANSWER_WITHIN_DAYS);
}

/** The deadline as the database stores a date (UTC midnight of that calendar day). */
export function answerDueDate(receivedAt: Date): Date {
  return new Date(`${answerDueKey(receivedAt)}T00:00:00Z`);
}

/** Whether the deadline day is over (in Oslo) and the request is still not answered. */
export function isOverdue(answerDue: Date, status: string, now: Date): boolean {
  if (status === "ANSWERED" || status === "REFUSED") return false;
  return osloDateKey(now) > answerDue.toISOString().slice(0, 10);
}
