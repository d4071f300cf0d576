"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { deadlineInfo, type ChangeFormState } from "@/components/appointments/form-state";
import { appointmentPaths } from "@/components/appointments/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { DeadlinePassedError, SlotNotBookableError, SlotTakenError } from "@/lib/appointments/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { afterLostSlot } from "../../_lib/lost-slot";
import { logError } from "@/lib/log/log-error";

const changeSchema = z.object({
  subject: z.string().min(1).max(64),
  appointmentId: z.uuid(),
  unitId: z.uuid(),
  day: z.iso.date(),
  newSlotId: z.uuid(),
});

/** Moves the appointment to the chosen slot; if that slot is gone, the old time stays. */
export async function changeAppointmentAction(prev: ChangeFormState, formData: FormData): Promise<ChangeFormState> {
  const raw = {
    subject: formText(formData, "subject"),
    appointmentId: formText(formData, "appointmentId"),
    unitId: formText(formData, "unitId"),
    day: formText(formData, "day"),
    newSlotId: formText(formData, "newSlotId"),
  };
  const base = { attempt: prev.attempt + 1, deadline: null, values: { newSlotId: raw.newSlotId }, freeSlotIds: prev.freeSlotIds };
  const parsed = changeSchema.safeParse(raw);
  if (!parsed.success) {
    const onlySlot = parsed.error.issues.every((i) => i.path[0] === "newSlotId");
    return { ...base, error: onlySlot ? "invalid" : "unexpected", fieldErrors: onlySlot ? { newSlotId: "required" } : {} };
  }
  const input = parsed.data;
  const actor = await requireActor("CITIZEN");
  const db = getDb();
  let appointmentId: string;
  try {
    ({ appointmentId } = await changeAppointment(db, actor, {
      subject: input.subject,
      appointmentId: input.appointmentId,
      newSlotId: input.newSlotId,
    }));
  } catch (error) {
    if (error instanceof SlotTakenError || error instanceof SlotNotBookableError) {
      const lost = await afterLostSlot(db, actor, error, input);
      return { ...base, ...lost, fieldErrors: {}, values: { newSlotId: "" } };
    }
    if (error instanceof DeadlinePassedError) {
      return { ...base, error: "deadline", fieldErrors: {}, deadline: deadlineInfo(error) };
    }
    if (isNotFound(error)) notFound();
    logError("changeAppointmentAction", error);
    return { ...base, error: "unexpected", fieldErrors: {} };
  }
  redirect(appointmentPaths(input.subject).appointment(appointmentId, { bekreftet: "endret" }));
}
