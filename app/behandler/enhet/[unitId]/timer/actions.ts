"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { PUBLISH_FIELDS, type PublishField, type PublishFormState } from "@/components/appointments/form-state";
import { clinicianPaths } from "@/components/appointments/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { closeSlot, publishSlots, publishSlotsSchema } from "@/lib/appointments/manage-slots";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { logError } from "@/lib/log/log-error";

/** Opens a row of slots; field errors come back with what was typed. */
export async function publishSlotsAction(prev: PublishFormState, formData: FormData): Promise<PublishFormState> {
  const values = Object.fromEntries(PUBLISH_FIELDS.map((f) => [f, formText(formData, f)])) as Record<PublishField, string>;
  const unitId = formText(formData, "unitId");
  const attempt = prev.attempt + 1;
  const parsed = publishSlotsSchema.safeParse({ ...values, unitId, location: values.location || undefined });
  if (!parsed.success) {
    const fieldErrors: PublishFormState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === "string" && (PUBLISH_FIELDS as readonly string[]).includes(field)) fieldErrors[field as PublishField] = true;
    }
    return { attempt, error: Object.keys(fieldErrors).length > 0 ? "invalid" : "unexpected", fieldErrors, values };
  }
  const actor = await requireActor("CLINICIAN");
  let created: number;
  try {
    ({ created } = await publishSlots(getDb(), actor, parsed.data));
  } catch (error) {
    if (isNotFound(error)) notFound();
    logError("publishSlotsAction", error);
    return { attempt, error: "unexpected", fieldErrors: {}, values };
  }
  redirect(clinicianPaths.slots(parsed.data.unitId, { dag: parsed.data.day, opprettet: String(created) }));
}

const closeSchema = z.object({ unitId: z.uuid(), slotId: z.uuid(), day: z.iso.date() });

/** Closes one free slot; a held slot stays, and the page says why. */
export async function closeSlotAction(formData: FormData): Promise<void> {
  const parsed = closeSchema.safeParse({ unitId: formText(formData, "unitId"), slotId: formText(formData, "slotId"), day: formText(formData, "day") });
  if (!parsed.success) notFound();
  const { unitId, slotId, day } = parsed.data;
  const actor = await requireActor("CLINICIAN");
  let result: "closed" | "held";
  try {
    result = await closeSlot(getDb(), actor, slotId);
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
  redirect(clinicianPaths.slots(unitId, result === "closed" ? { dag: day, stengt: "1" } : { dag: day, feil: "bestilt" }));
}
