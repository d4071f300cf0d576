"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { deadlineInfo, REASON_MAX, type CancelFormState } from "@/components/appointments/form-state";
import { appointmentPaths } from "@/components/appointments/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { DeadlinePassedError } from "@/lib/appointments/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { logError } from "@/lib/log/log-error";

const cancelSchema = z.object({
  subject: z.string().min(1).max(64),
  appointmentId: z.uuid(),
  reason: z.string().trim().max(REASON_MAX),
});

/** Cancels before the unit's deadline; after it, explains whom to call. */
export async function cancelAppointmentAction(prev: CancelFormState, formData: FormData): Promise<CancelFormState> {
  const raw = { subject: formText(formData, "subject"), appointmentId: formText(formData, "appointmentId"), reason: formText(formData, "reason") };
  const base = { attempt: prev.attempt + 1, deadline: null, values: { reason: raw.reason } };
  const parsed = cancelSchema.safeParse(raw);
  if (!parsed.success) {
    const onlyReason = parsed.error.issues.every((i) => i.path[0] === "reason");
    return { ...base, error: onlyReason ? "invalid" : "unexpected", fieldErrors: onlyReason ? { reason: "too_long" } : {} };
  }
  const input = parsed.data;
  const actor = await requireActor("CITIZEN");
  try {
    await cancelAppointment(getDb(), actor, { subject: input.subject, appointmentId: input.appointmentId, reason: input.reason || undefined });
  } catch (error) {
    if (error instanceof DeadlinePassedError) {
      return { ...base, error: "deadline", fieldErrors: {}, deadline: deadlineInfo(error) };
    }
    if (isNotFound(error)) notFound();
    logError("cancelAppointmentAction", error);
    return { ...base, error: "unexpected", fieldErrors: {} };
  }
  redirect(appointmentPaths(input.subject).appointment(input.appointmentId, { bekreftet: "avbestilt" }));
}
