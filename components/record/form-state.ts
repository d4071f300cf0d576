/**
 * What the patient lookup form shows after a failed try: the message and what was typed. "no_access"
 * is one answer for an unknown person, a shielded one and one without a care relation; `emergency`
 * says whether this clinician may take emergency access (offered then, with the number typed), or says plainly why not.
 */
export type PatientLookupState = {
  attempt: number;
  error: "format" | "checksum" | "no_access" | "rate_limited" | null;
  value: string;
  /** With "no_access": emergency access is offered, or why this clinician may not use it. */
  emergency: "offered" | EmergencyIneligible | null;
};

/** Why a clinician may not take emergency access at all (about them, never about the patient). */
export type EmergencyIneligible =
  "not_health_personnel" | "emergency_profession" | "emergency_unit_kind";

/** What the emergency access form shows after a failed try ("refused": unknown or shielded, alike). */
export type EmergencyAccessState = {
  attempt: number;
  error: "too_short" | "too_long" | "refused" | "unexpected" | null;
  /** The reason as typed, and the number it was for (kept so a plain form post can show both again). */
  value: string;
  nationalId: string;
};
