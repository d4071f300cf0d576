"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import {
  deadlineInfo,
  REASON_MAX,
  type CancelFormState,
} from "@/components/appointments/form-state";
import { appointmentPaths } from "@/app/_lib/paths";
import { formAction, onlyFields } from "@/app/_lib/form-action";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { DeadlinePassedError } from "@/lib/appointments/errors";
import { formText } from "@/lib/forms/form-text";

const cancelSchema = z.object({
  subject: z.string().min(1).max(64),
  appointmentId: z.uuid(),
  reason: z.string().trim().max(REASON_MAX),
});

/** Cancels before the unit's deadline; after it, explains whom to call. */
export const cancelAppointmentAction = formAction({
  name: "cancelAppointmentAction",
  actor: "CITIZEN",
  schema: cancelSchema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    appointmentId: formText(formData, "appointmentId"),
    reason: formText(formData, "reason"),
  }),
  async work({ actor, input, db }) {
    try {
      await cancelAppointment(db, actor, {
        subject: input.subject,
        appointmentId: input.appointmentId,
        reason: input.reason || undefined,
      });
      return { cancelled: true as const, input };
    } catch (error) {
      if (error instanceof DeadlinePassedError)
        return { cancelled: false as const, deadline: deadlineInfo(error) };
      throw error;
    }
  },
  answer(outcome, { raw, previous }): CancelFormState {
    const base = {
      attempt: previous.attempt + 1,
      deadline: null,
      values: { reason: raw.reason },
      fieldErrors: {},
    };
    switch (outcome.kind) {
      case "invalid":
        return onlyFields(outcome.issues, ["reason"])
          ? { ...base, error: "invalid", fieldErrors: { reason: "too_long" } }
          : { ...base, error: "unexpected" };
      case "unexpected":
        return { ...base, error: "unexpected", errorId: outcome.errorId };
      case "done":
        if (!outcome.value.cancelled)
          return { ...base, error: "deadline", deadline: outcome.value.deadline };
        redirect(
          appointmentPaths(outcome.value.input.subject).appointment(
            outcome.value.input.appointmentId,
            { bekreftet: "avbestilt" },
          ),
        );
    }
  },
});
