"use server";

import { logError } from "@/lib/log/log-error";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { RenewalRequestFormState } from "@/components/medications/form-state";
import { medicationPaths } from "@/components/medications/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { NotRenewableError, RenewalAlreadyRequestedError } from "@/lib/record/medications/errors";
import { RENEWAL_NOTE_MAX, requestRenewal } from "@/lib/record/medications/request-renewal";

const schema = z.object({
  subject: z.string().min(1).max(64),
  medicationId: z.uuid(),
  note: z.string().trim().max(RENEWAL_NOTE_MAX),
});

/** Sends a renewal request; on any refusal the form says why and keeps what was typed. */
export async function requestRenewalAction(prev: RenewalRequestFormState, formData: FormData): Promise<RenewalRequestFormState> {
  const raw = { subject: formText(formData, "subject"), medicationId: formText(formData, "medicationId"), note: formText(formData, "note") };
  const base = { attempt: prev.attempt + 1, values: { medicationId: raw.medicationId, note: raw.note } };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: RenewalRequestFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "medicationId") fieldErrors.medicationId = "required";
      if (issue.path[0] === "note") fieldErrors.note = "too_long";
    }
    const onlyFields = parsed.error.issues.every((i) => i.path[0] === "medicationId" || i.path[0] === "note");
    return { ...base, error: onlyFields ? "invalid" : "unexpected", fieldErrors };
  }
  const input = parsed.data;
  const actor = await requireActor("CITIZEN");
  let id: string;
  try {
    ({ id } = await requestRenewal(getDb(), actor, { subject: input.subject, medicationId: input.medicationId, note: input.note }));
  } catch (error) {
    if (error instanceof RenewalAlreadyRequestedError) return { ...base, error: "already_requested", fieldErrors: {} };
    if (error instanceof NotRenewableError) return { ...base, error: "not_renewable", fieldErrors: {} };
    // Refused by the gate or not this person's medication: the same answer, revealing nothing.
    if (isNotFound(error)) return { ...base, error: "unavailable", fieldErrors: {} };
    logError("requestRenewalAction", error);
    return { ...base, error: "unexpected", fieldErrors: {} };
  }
  redirect(medicationPaths(input.subject).list({ sendt: id }));
}
