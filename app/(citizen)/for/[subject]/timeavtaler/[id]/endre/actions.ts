"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { deadlineInfo, type ChangeFormState } from "@/components/appointments/form-state";
import { appointmentPaths } from "@/app/_lib/paths";
import { formAction, onlyFields } from "@/app/_lib/form-action";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import {
  DeadlinePassedError,
  SlotNotBookableError,
  SlotTakenError,
} from "@/lib/appointments/errors";
import { formText } from "@/lib/forms/form-text";
import { afterLostSlot } from "../../_lib/lost-slot";

const changeSchema = z.object({
  subject: z.string().min(1).max(64),
  appointmentId: z.uuid(),
  unitId: z.uuid(),
  day: z.iso.date(),
  newSlotId: z.uuid(),
});

/** Moves the appointment to the chosen slot; if that slot is gone, the old time stays. */
export const changeAppointmentAction = formAction({
  name: "changeAppointmentAction",
  actor: "CITIZEN",
  schema: changeSchema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    appointmentId: formText(formData, "appointmentId"),
    unitId: formText(formData, "unitId"),
    day: formText(formData, "day"),
    newSlotId: formText(formData, "newSlotId"),
  }),
  async work({ actor, input, db }) {
    try {
      const { appointmentId } = await changeAppointment(db, actor, {
        subject: input.subject,
        appointmentId: input.appointmentId,
        newSlotId: input.newSlotId,
      });
      return { outcome: "changed" as const, subject: input.subject, appointmentId };
    } catch (error) {
      if (error instanceof SlotTakenError || error instanceof SlotNotBookableError) {
        return { outcome: "lost" as const, lost: afterLostSlot(error) };
      }
      if (error instanceof DeadlinePassedError)
        return { outcome: "deadline" as const, deadline: deadlineInfo(error) };
      throw error;
    }
  },
  answer(outcome, { raw, previous }): ChangeFormState {
    const base = {
      attempt: previous.attempt + 1,
      deadline: null,
      values: { newSlotId: raw.newSlotId },
      fieldErrors: {},
    };
    switch (outcome.kind) {
      case "invalid":
        return onlyFields(outcome.issues, ["newSlotId"])
          ? { ...base, error: "invalid", fieldErrors: { newSlotId: "required" } }
          : { ...base, error: "unexpected" };
      case "unexpected":
        return { ...base, error: "unexpected", errorId: outcome.errorId };
      case "done": {
        const done = outcome.value;
        if (done.outcome === "lost") return { ...base, ...done.lost, values: { newSlotId: "" } };
        if (done.outcome === "deadline")
          return { ...base, error: "deadline", deadline: done.deadline };
        redirect(
          appointmentPaths(done.subject).appointment(done.appointmentId, { bekreftet: "endret" }),
        );
      }
    }
  },
});
