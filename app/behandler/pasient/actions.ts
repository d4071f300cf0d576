"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { clinicianPaths } from "@/components/appointments/paths";
import type { EmergencyAccessState, PatientLookupState } from "@/components/record/form-state";
import { requireActor } from "@/lib/access/current-actor";
import { emergencyReasonSchema, startEmergencyAccess } from "@/lib/access/emergency-access";
import { AccessDeniedError, isNotFound } from "@/lib/access/errors";
import { EMERGENCY_INELIGIBLE } from "@/lib/access/rules";
import { logError } from "@/lib/log/log-error";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestRateLimitSubject } from "@/lib/rate-limit/request-subject";
import { allowsRealNationalIds } from "@/lib/auth/deployment";
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
export async function startEmergencyAccessAction(prev: EmergencyAccessState, formData: FormData): Promise<EmergencyAccessState> {
  const raw = { personId: formText(formData, "personId"), reason: formText(formData, "reason") };
  const base = { attempt: prev.attempt + 1, value: raw.reason };
  const parsed = emergencySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.path[0] === "reason");
    if (!issue) return { ...base, error: "unexpected" };
    return { ...base, error: issue.code === "too_big" ? "too_long" : "too_short" };
  }
  const actor = await requireActor("CLINICIAN");
  try {
    await startEmergencyAccess(getDb(), actor, parsed.data);
  } catch (error) {
    // Ineligible: back to the chart page, which says why plainly.
    if (error instanceof AccessDeniedError && (EMERGENCY_INELIGIBLE as readonly string[]).includes(error.reason)) {
      redirect(clinicianPaths.patient(parsed.data.personId));
    }
    if (isNotFound(error)) notFound();
    logError("startEmergencyAccessAction", error);
    return { ...base, error: "unexpected" };
  }
  redirect(clinicianPaths.patient(parsed.data.personId));
}
