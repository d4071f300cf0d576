"use server";

import { refresh } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { ChangeFormState } from "@/components/appointments/form-state";
import { appointmentPaths } from "@/components/appointments/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getBookingOptions } from "@/lib/appointments/booking-options";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import { DeadlinePassedError, SlotNotBookableError, SlotTakenError } from "@/lib/appointments/errors";
import { getDb } from "@/lib/db/client";

const changeSchema = z.object({
  subject: z.string().min(1).max(64),
  appointmentId: z.uuid(),
  unitId: z.uuid(),
  day: z.iso.date(),
  newSlotId: z.uuid(),
});

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Moves the appointment to the chosen slot; if that slot is gone, the old time stays. */
export async function changeAppointmentAction(prev: ChangeFormState, formData: FormData): Promise<ChangeFormState> {
  const raw = {
    subject: text(formData, "subject"),
    appointmentId: text(formData, "appointmentId"),
    unitId: text(formData, "unitId"),
    day: text(formData, "day"),
    newSlotId: text(formData, "newSlotId"),
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
      const options = await getBookingOptions(db, actor, { subject: input.subject, unitId: input.unitId, day: input.day });
      refresh();
      return {
        ...base,
        error: error instanceof SlotTakenError ? "slot_taken" : "slot_not_bookable",
        fieldErrors: {},
        values: { newSlotId: "" },
        freeSlotIds: options.day === input.day ? options.slots.map((s) => s.id) : [],
      };
    }
    if (error instanceof DeadlinePassedError) {
      return {
        ...base,
        error: "deadline",
        fieldErrors: {},
        deadline: { why: error.why, hours: error.deadlineHours, unitName: error.unitName, phone: error.unitPhone },
      };
    }
    if (isNotFound(error)) notFound();
    console.error("changeAppointmentAction failed", error);
    return { ...base, error: "unexpected", fieldErrors: {} };
  }
  redirect(appointmentPaths(input.subject).appointment(appointmentId, { bekreftet: "endret" }));
}
