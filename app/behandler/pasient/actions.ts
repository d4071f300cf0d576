"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clinicianPaths } from "@/components/appointments/paths";
import type { EmergencyAccessState, PatientLookupState } from "@/components/record/form-state";
import { requireActor } from "@/lib/access/current-actor";
import { emergencyReasonSchema, startEmergencyAccess } from "@/lib/access/emergency-access";
import { AccessDeniedError } from "@/lib/access/errors";
import { EMERGENCY_INELIGIBLE } from "@/lib/access/rules";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestRateLimitSubject } from "@/lib/rate-limit/request-subject";
import { allowsRealNationalIds } from "@/lib/auth/deployment";
import { formAction, onlyFields } from "@/app/_lib/form-action";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { parseNationalId } from "@/lib/identity/national-id";
import { findPatientByNationalId } from "@/lib/record/patient-chart";

/** Finds the patient by national identity number and opens their page (which the gate decides). */
export async function findPatientAction(prev: PatientLookupState, formData: FormData): Promise<PatientLookupState> {
  const value = formText(formData, "nationalId");
  const base = { attempt: prev.attempt + 1, value };
  const parsed = parseNationalId(value, { allowReal: allowsRealNationalIds() });
  if (!parsed.ok) return { ...base, error: parsed.reason === "format" ? "format" : "checksum" };
  const actor = await requireActor("CLINICIAN");
  const limit = await consumeRateLimit(getDb(), RATE_LIMITS.findPatient, await requestRateLimitSubject(actor.sessionId));
  if (!limit.ok) return { ...base, error: "rate_limited" };
  const personId = await findPatientByNationalId(getDb(), actor, parsed.value);
  if (!personId) return { ...base, error: "unknown" };
  redirect(clinicianPaths.patient(personId));
}

const emergencySchema = z.object({ personId: z.uuid(), reason: emergencyReasonSchema });

/** Starts an emergency access with the stated reason, then shows the patient. */
export const startEmergencyAccessAction = formAction({
  name: "startEmergencyAccessAction",
  actor: "CLINICIAN",
  schema: emergencySchema,
  read: (formData) => ({ personId: formText(formData, "personId"), reason: formText(formData, "reason") }),
  work: async ({ actor, input, db }) => {
    try {
      await startEmergencyAccess(db, actor, input);
    } catch (error) {
      // Ineligible: back to the chart page, which says why plainly (not "not found").
      if (error instanceof AccessDeniedError && (EMERGENCY_INELIGIBLE as readonly string[]).includes(error.reason)) return input.personId;
      throw error;
    }
    return input.personId;
  },
  answer(outcome, { raw, previous }): EmergencyAccessState {
    const base = { attempt: previous.attempt + 1, value: raw.reason };
    if (outcome.kind === "unexpected") return { ...base, error: "unexpected" };
    if (outcome.kind === "invalid") {
      const issue = outcome.issues.reason;
      if (!issue || !onlyFields(outcome.issues, ["reason"])) return { ...base, error: "unexpected" };
      return { ...base, error: issue.code === "too_big" ? "too_long" : "too_short" };
    }
    redirect(clinicianPaths.patient(outcome.value));
  },
});
