"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clinicianPaths } from "@/components/appointments/paths";
import type { EmergencyAccessState, PatientLookupState } from "@/components/record/form-state";
import { requireActor } from "@/lib/access/current-actor";
import { emergencyReasonSchema } from "@/lib/access/emergency-access";
import { AccessDeniedError } from "@/lib/access/errors";
import { lookUpPatient, startEmergencyAccessByNationalId } from "@/lib/access/patient-lookup";
import { logError } from "@/lib/log/log-error";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestRateLimitSubject } from "@/lib/rate-limit/request-subject";
import { allowsRealNationalIds } from "@/lib/auth/deployment";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { parseNationalId } from "@/lib/identity/national-id";

/**
 * Finds the patient by national identity number (the lookup is logged on their access log) and opens
 * their chart when a care relation allows it; otherwise one answer whoever the number belongs to.
 */
export async function findPatientAction(prev: PatientLookupState, formData: FormData): Promise<PatientLookupState> {
  const value = formText(formData, "nationalId");
  const base = { attempt: prev.attempt + 1, value, emergency: null };
  const parsed = parseNationalId(value, { allowReal: allowsRealNationalIds() });
  if (!parsed.ok) return { ...base, error: parsed.reason === "format" ? "format" : "checksum" };
  const actor = await requireActor("CLINICIAN");
  const limit = await consumeRateLimit(getDb(), RATE_LIMITS.findPatient, await requestRateLimitSubject(actor.sessionId));
  if (!limit.ok) return { ...base, error: "rate_limited" };
  const result = await lookUpPatient(getDb(), actor, parsed.value);
  if (result.kind === "no_access") return { ...base, error: "no_access", emergency: result.emergency };
  redirect(clinicianPaths.patient(result.personId));
}

const emergencySchema = z.object({ nationalId: z.string().trim().min(1).max(20), reason: emergencyReasonSchema });

/**
 * Starts an emergency access with the stated reason for the number looked up, then shows the patient.
 * An unknown number and a patient who shielded the clinician are refused with the same answer.
 */
export async function startEmergencyAccessAction(prev: EmergencyAccessState, formData: FormData): Promise<EmergencyAccessState> {
  const raw = { nationalId: formText(formData, "nationalId"), reason: formText(formData, "reason") };
  const base = { attempt: prev.attempt + 1, value: raw.reason, nationalId: raw.nationalId };
  const parsed = emergencySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.path[0] === "reason");
    if (!issue) return { ...base, error: "refused" };
    return { ...base, error: issue.code === "too_big" ? "too_long" : "too_short" };
  }
  const nationalId = parseNationalId(parsed.data.nationalId, { allowReal: allowsRealNationalIds() });
  if (!nationalId.ok) return { ...base, error: "refused" };
  const actor = await requireActor("CLINICIAN");
  let personId: string;
  try {
    ({ personId } = await startEmergencyAccessByNationalId(getDb(), actor, { nationalId: nationalId.value, reason: parsed.data.reason }));
  } catch (error) {
    if (error instanceof AccessDeniedError) return { ...base, error: "refused" };
    logError("startEmergencyAccessAction", error);
    return { ...base, error: "unexpected" };
  }
  redirect(clinicianPaths.patient(personId));
}
