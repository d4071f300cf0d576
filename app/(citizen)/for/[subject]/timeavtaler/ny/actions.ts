"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { REASON_MAX, type BookFormState } from "@/components/appointments/form-state";
import { appointmentPaths } from "@/components/appointments/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { SlotNotBookableError, SlotTakenError } from "@/lib/appointments/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { afterLostSlot } from "../_lib/lost-slot";
import { logError } from "@/lib/log/log-error";

const bookSchema = z.object({
  subject: z.string().min(1).max(64),
  unitId: z.uuid(),
  day: z.iso.date(),
  slotId: z.uuid(),
  reason: z.string().trim().min(1).max(REASON_MAX),
});

/** Step 3 of "Bestill time": books the chosen slot with the reason the person wrote. */
export async function bookAppointmentAction(prev: BookFormState, formData: FormData): Promise<BookFormState> {
  const raw = {
    subject: formText(formData, "subject"),
    unitId: formText(formData, "unitId"),
    day: formText(formData, "day"),
    slotId: formText(formData, "slotId"),
    reason: formText(formData, "reason"),
  };
  const base = { attempt: prev.attempt + 1, values: { reason: raw.reason, slotId: raw.slotId }, freeSlotIds: prev.freeSlotIds };
  const parsed = bookSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: BookFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "reason") fieldErrors.reason = issue.code === "too_big" ? "too_long" : "required";
      if (issue.path[0] === "slotId") fieldErrors.slotId = "required";
    }
    const onlyFields = parsed.error.issues.every((i) => i.path[0] === "reason" || i.path[0] === "slotId");
    return { ...base, error: onlyFields ? "invalid" : "unexpected", fieldErrors };
  }
  const input = parsed.data;
  const actor = await requireActor("CITIZEN");
  const db = getDb();
  let appointmentId: string;
  try {
    ({ appointmentId } = await bookAppointment(db, actor, { subject: input.subject, slotId: input.slotId, reason: input.reason }));
  } catch (error) {
    if (error instanceof SlotTakenError || error instanceof SlotNotBookableError) {
      const lost = await afterLostSlot(db, actor, error, input);
      return { ...base, ...lost, fieldErrors: {}, values: { reason: raw.reason, slotId: "" } };
    }
    if (isNotFound(error)) notFound();
    logError("bookAppointmentAction", error);
    return { ...base, error: "unexpected", fieldErrors: {} };
  }
  redirect(appointmentPaths(input.subject).appointment(appointmentId, { bekreftet: "bestilt" }));
}
