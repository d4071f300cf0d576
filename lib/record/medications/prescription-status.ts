import { osloDateKey } from "@/lib/time/oslo";

/** What the e-prescription allows today. */
export type PrescriptionStatus = "ACTIVE" | "EXPIRED" | "USED_UP" | "NONE";

type StatusFields = {
  prescriptionValidUntil: Date | null;
  dispensesAllowed: number | null;
  dispensesUsed: number;
};

type CurrentFields = { status: "ACTIVE" | "COMPLETED" | "STOPPED"; endDate: Date | null };

/** A calendar date column (UTC midnight) as yyyy-mm-dd. */
export function dateKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The e-prescription's status, computed at read time, so it changes at midnight (Oslo) without a job:
 * valid through its last day, then expired; used up when every dispensing has been collected.
 * Expiry wins over used up: a renewal is needed either way, and the date is what the pharmacy checks.
 */
export function prescriptionStatus(m: StatusFields, now: Date): PrescriptionStatus {
  if (!m.prescriptionValidUntil) return "NONE";
  if (dateKey(m.prescriptionValidUntil) < osloDateKey(now)) return "EXPIRED";
  if (m.dispensesAllowed !== null && m.dispensesUsed >= m.dispensesAllowed) return "USED_UP";
  return "ACTIVE";
}

/** Whether the medication is on the current list: being taken and not past its planned end. */
export function isCurrentMedication(m: CurrentFields, now: Date): boolean {
  if (m.status !== "ACTIVE") return false;
  return m.endDate === null || dateKey(m.endDate) >= osloDateKey(now);
}

/** Only a current medication with a prescription can be renewed. */
export function isRenewable(m: CurrentFields & StatusFields, now: Date): boolean {
  return isCurrentMedication(m, now) && m.prescriptionValidUntil !== null;
}
