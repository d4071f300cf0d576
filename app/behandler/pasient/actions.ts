"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clinicianPaths } from "@/app/_lib/paths";
import type { EmergencyAccessState, PatientLookupState } from "@/components/record/form-state";
import { formAction, unexpectedFormError } from "@/app/_lib/form-action";
import { emergencyReasonSchema } from "@/lib/emergency-access/emergency-access";
import { AccessDeniedError } from "@/lib/access/errors";
import { lookUpPatient, startEmergencyAccessByNationalId } from "@/lib/access/patient-lookup";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestRateLimitSubject } from "@/lib/rate-limit/request-subject";
import { allowsRealNationalIds } from "@/lib/auth/deployment";
import { formText } from "@/lib/forms/form-text";
import { parseNationalId } from "@/lib/identity/national-id";

/**
 * Finds the patient by national identity number (the lookup is logged on their access log) and opens
 * their chart when a care relation allows it; otherwise one answer whoever the number belongs to.
 */
export const findPatientAction = formAction({
  name: "findPatientAction",
  actor: "CLINICIAN",
  schema: z.object({ nationalId: z.string() }),
  read: (formData) => ({ nationalId: formText(formData, "nationalId") }),
  async work({
    actor,
    input,
    db,
  }): Promise<Pick<PatientLookupState, "error" | "emergency"> | { personId: string }> {
    const parsed = parseNationalId(input.nationalId, { allowReal: allowsRealNationalIds() });
    if (!parsed.ok)
      return { error: parsed.reason === "format" ? "format" : "checksum", emergency: null };
    const limit = await consumeRateLimit(
      db,
      RATE_LIMITS.findPatient,
      await requestRateLimitSubject(actor.sessionId),
    );
    if (!limit.ok) return { error: "rate_limited", emergency: null };
    const result = await lookUpPatient(db, actor, parsed.value);
    if (result.kind === "no_access") return { error: "no_access", emergency: result.emergency };
    return { personId: result.personId };
  },
  answer(outcome, { raw, previous }): PatientLookupState {
    const base = { attempt: previous.attempt + 1, value: raw.nationalId, emergency: null };
    // The only field is a string: "invalid" cannot happen, "unexpected" goes to the error page.
    if (outcome.kind === "invalid") return { ...base, error: "format" };
    if (outcome.kind === "unexpected") unexpectedFormError(outcome.errorId);
    if ("personId" in outcome.value) redirect(clinicianPaths.patient(outcome.value.personId));
    return { ...base, ...outcome.value };
  },
});

const emergencySchema = z.object({
  nationalId: z.string().trim().min(1).max(20),
  reason: emergencyReasonSchema,
});

/**
 * Starts an emergency access with the stated reason for the number looked up, then shows the patient.
 * An unknown number and a patient who shielded the clinician are refused with the same answer.
 */
export const startEmergencyAccessAction = formAction({
  name: "startEmergencyAccessAction",
  actor: "CLINICIAN",
  schema: emergencySchema,
  read: (formData) => ({
    nationalId: formText(formData, "nationalId"),
    reason: formText(formData, "reason"),
  }),
  async work({ actor, input, db }): Promise<{ personId: string } | { refused: true }> {
    const nationalId = parseNationalId(input.nationalId, { allowReal: allowsRealNationalIds() });
    if (!nationalId.ok) return { refused: true };
    try {
      return await startEmergencyAccessByNationalId(db, actor, {
        nationalId: nationalId.value,
        reason: input.reason,
      });
    } catch (error) {
      // Unknown and shielded alike: an answer on the form, never "not found" (the form is the lookup's).
      if (error instanceof AccessDeniedError) return { refused: true };
      throw error;
    }
  },
  answer(outcome, { raw, previous }): EmergencyAccessState {
    const base = { attempt: previous.attempt + 1, value: raw.reason, nationalId: raw.nationalId };
    switch (outcome.kind) {
      case "invalid": {
        const issue = outcome.issues.reason;
        if (!issue) return { ...base, error: "refused" };
        return { ...base, error: issue.code === "too_big" ? "too_long" : "too_short" };
      }
      case "unexpected":
        return { ...base, error: "unexpected" };
      case "done":
        if ("refused" in outcome.value) return { ...base, error: "refused" };
        redirect(clinicianPaths.patient(outcome.value.personId));
    }
  },
});
