/** What the patient lookup form shows after a failed try: the message and what was typed. */
export type PatientLookupState = { attempt: number; error: "format" | "checksum" | "unknown" | "rate_limited" | null; value: string };

/** What the emergency access form shows after a failed try. */
export type EmergencyAccessState = { attempt: number; error: "too_short" | "too_long" | "unexpected" | null; value: string };
