"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import {
  PUBLISH_FIELDS,
  type PublishField,
  type PublishFormState,
} from "@/components/appointments/form-state";
import { clinicianPaths } from "@/app/_lib/paths";
import { formAction, plainFormAction, refuse } from "@/app/_lib/form-action";
import { closeSlot, publishSlots, publishSlotsSchema } from "@/lib/appointments/manage-slots";
import { formText } from "@/lib/forms/form-text";

/** Opens a row of slots; field errors come back with what was typed. Overlapping times are skipped and counted. */
export const publishSlotsAction = formAction({
  name: "publishSlotsAction",
  actor: "CLINICIAN",
  schema: publishSlotsSchema,
  read(formData) {
    const values = Object.fromEntries(
      PUBLISH_FIELDS.map((f) => [f, formText(formData, f)]),
    ) as Record<PublishField, string>;
    return {
      ...values,
      unitId: formText(formData, "unitId"),
      location: values.location || undefined,
    };
  },
  async work({ actor, input, db }) {
    return { ...(await publishSlots(db, actor, input)), unitId: input.unitId, day: input.day };
  },
  answer(outcome, { raw, previous }): PublishFormState {
    const values = Object.fromEntries(PUBLISH_FIELDS.map((f) => [f, raw[f] ?? ""])) as Record<
      PublishField,
      string
    >;
    const base = { attempt: previous.attempt + 1, fieldErrors: {}, values };
    if (outcome.kind === "unexpected")
      return { ...base, error: "unexpected", errorId: outcome.errorId };
    if (outcome.kind === "invalid") {
      const fieldErrors: PublishFormState["fieldErrors"] = {};
      for (const field of PUBLISH_FIELDS) if (outcome.issues[field]) fieldErrors[field] = true;
      return {
        ...base,
        error: Object.keys(fieldErrors).length > 0 ? "invalid" : "unexpected",
        fieldErrors,
      };
    }
    const { created, planned, overlapping, unitId, day } = outcome.value;
    const query: Record<string, string> = { dag: day, opprettet: String(created) };
    if (overlapping > 0) Object.assign(query, { fantes: String(overlapping), av: String(planned) });
    redirect(clinicianPaths.slots(unitId, query));
  },
});

const closeSchema = z.object({ unitId: z.uuid(), slotId: z.uuid(), day: z.iso.date() });

/** Closes one free slot; a held slot stays, and the page says why. */
export const closeSlotAction = plainFormAction({
  name: "closeSlotAction",
  actor: "CLINICIAN",
  schema: closeSchema,
  read: (formData) => ({
    unitId: formText(formData, "unitId"),
    slotId: formText(formData, "slotId"),
    day: formText(formData, "day"),
  }),
  work: async ({ actor, input, db }) => ({
    ...input,
    result: await closeSlot(db, actor, input.slotId),
  }),
  answer(outcome, { raw }) {
    // Only hidden fields here: a bad value is a tampered post, which finds nothing.
    if (outcome.kind === "invalid") refuse();
    if (outcome.kind === "unexpected")
      return clinicianPaths.slots(raw.unitId, {
        dag: raw.day,
        feil: "uventet",
        ref: outcome.errorId,
      });
    const { unitId, day, result } = outcome.value;
    return clinicianPaths.slots(
      unitId,
      result === "closed" ? { dag: day, stengt: "1" } : { dag: day, feil: "bestilt" },
    );
  },
});
