"use server";

import { logError } from "@/lib/log/log-error";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { DeclineFormState, RenewFormState } from "@/components/medications/form-state";
import { renewalPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { decideRenewal, InvalidDecisionError, type RenewalDecision } from "@/lib/record/medications/decide-renewal";
import { RenewalAlreadyDecidedError } from "@/lib/record/medications/errors";

const requestIdSchema = z.uuid();

type Outcome = { ok: true; status: "RENEWED" | "DECLINED" } | { ok: false; error: "already_decided" | "unexpected" | "not_found" } | { ok: false; invalid: InvalidDecisionError };

async function decide(requestId: string, decision: RenewalDecision): Promise<Outcome> {
  const actor = await requireActor("CLINICIAN");
  try {
    const { status } = await decideRenewal(getDb(), actor, { requestId, decision });
    return { ok: true, status };
  } catch (error) {
    if (error instanceof InvalidDecisionError) return { ok: false, invalid: error };
    if (error instanceof RenewalAlreadyDecidedError) return { ok: false, error: "already_decided" };
    if (isNotFound(error)) return { ok: false, error: "not_found" };
    logError("decideRenewal", error);
    return { ok: false, error: "unexpected" };
  }
}

/** Renews with the date typed; an invalid date is explained beside the field and kept. */
export async function renewAction(prev: RenewFormState, formData: FormData): Promise<RenewFormState> {
  const raw = { requestId: formText(formData, "requestId"), newEndDate: formText(formData, "newEndDate").trim() };
  const base = { attempt: prev.attempt + 1, values: { newEndDate: raw.newEndDate } };
  const id = requestIdSchema.safeParse(raw.requestId);
  if (!id.success) return { ...base, error: "unavailable", fieldError: null };
  const outcome = await decide(id.data, { kind: "RENEW", newEndDate: raw.newEndDate });
  if (outcome.ok) redirect(renewalPaths.request(id.data, { besvart: outcome.status }));
  if ("invalid" in outcome) {
    const why = outcome.invalid.field === "newEndDate" && outcome.invalid.why !== "too_long" ? outcome.invalid.why : "required";
    return { ...base, error: "invalid", fieldError: why };
  }
  // Someone else answered first: the request's page shows their answer.
  if (outcome.error === "already_decided") redirect(renewalPaths.request(id.data));
  // Not found and refused look the same, and say nothing about whether the request exists.
  return { ...base, error: outcome.error === "not_found" ? "unavailable" : outcome.error, fieldError: null };
}

/** Declines with the reason typed; an empty or too long reason is explained and kept. */
export async function declineAction(prev: DeclineFormState, formData: FormData): Promise<DeclineFormState> {
  const raw = { requestId: formText(formData, "requestId"), reason: formText(formData, "reason") };
  const base = { attempt: prev.attempt + 1, values: { reason: raw.reason } };
  const id = requestIdSchema.safeParse(raw.requestId);
  if (!id.success) return { ...base, error: "unavailable", fieldError: null };
  const outcome = await decide(id.data, { kind: "DECLINE", reason: raw.reason });
  if (outcome.ok) redirect(renewalPaths.request(id.data, { besvart: outcome.status }));
  if ("invalid" in outcome) {
    return { ...base, error: "invalid", fieldError: outcome.invalid.why === "too_long" ? "too_long" : "required" };
  }
  // Someone else answered first: the request's page shows their answer.
  if (outcome.error === "already_decided") redirect(renewalPaths.request(id.data));
  // Not found and refused look the same, and say nothing about whether the request exists.
  return { ...base, error: outcome.error === "not_found" ? "unavailable" : outcome.error, fieldError: null };
}
