"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { REASON_MAX, type BookFormState } from "@/components/appointments/form-state";
import { appointmentPaths } from "@/app/_lib/paths";
import { formAction, onlyFields } from "@/app/_lib/form-action";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { SlotNotBookableError, SlotTakenError } from "@/lib/appointments/errors";
import { formText } from "@/lib/forms/form-text";
import { afterLostSlot } from "../_lib/lost-slot";

const bookSchema = z.object({
  subject: z.string().min(1).max(64),
  unitId: z.uuid(),
  day: z.iso.date(),
  slotId: z.uuid(),
  reason: z.string().trim().min(1).max(REASON_MAX),
});

/** Step 3 of "Bestill time": books the chosen slot with the reason the person wrote. */
export const bookAppointmentAction = formAction({
  name: "bookAppointmentAction",
  actor: "CITIZEN",
  schema: bookSchema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    unitId: formText(formData, "unitId"),
    day: formText(formData, "day"),
    slotId: formText(formData, "slotId"),
    reason: formText(formData, "reason"),
  }),
  async work({ actor, input, db }) {
    try {
      const { appointmentId } = await bookAppointment(db, actor, {
        subject: input.subject,
        slotId: input.slotId,
        reason: input.reason,
      });
      return { booked: true as const, subject: input.subject, appointmentId };
    } catch (error) {
      if (error instanceof SlotTakenError || error instanceof SlotNotBookableError) {
        return { booked: false as const, lost: afterLostSlot(error) };
      }
      throw error;
    }
  },
  answer(outcome, { raw, previous }): BookFormState {
    const base = {
      attempt: previous.attempt + 1,
      values: { reason: raw.reason, slotId: raw.slotId },
      fieldErrors: {},
    };
    switch (outcome.kind) {
      case "invalid": {
        const { reason, slotId } = outcome.issues;
        const fieldErrors: BookFormState["fieldErrors"] = {
          ...(reason
            ? { reason: reason.code === "too_big" ? ("too_long" as const) : ("required" as const) }
            : {}),
          ...(slotId ? { slotId: "required" as const } : {}),
        };
        return {
          ...base,
          error: onlyFields(outcome.issues, ["reason", "slotId"]) ? "invalid" : "unexpected",
          fieldErrors,
        };
      }
      case "unexpected":
        return { ...base, error: "unexpected", errorId: outcome.errorId };
      case "done":
        if (!outcome.value.booked)
          return { ...base, ...outcome.value.lost, values: { reason: raw.reason, slotId: "" } };
        redirect(
          appointmentPaths(outcome.value.subject).appointment(outcome.value.appointmentId, {
            bekreftet: "bestilt",
          }),
        );
    }
  },
});
