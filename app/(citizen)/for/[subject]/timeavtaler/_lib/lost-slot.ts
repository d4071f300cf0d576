import "server-only";
import { refresh } from "next/cache";
import type { Actor } from "@/lib/access/actor";
import { getBookingOptions } from "@/lib/appointments/booking-options";
import { SlotTakenError } from "@/lib/appointments/errors";
import type { Db } from "@/lib/db/client";

/**
 * After the chosen time was taken or closed meanwhile: which error to show, and the times still
 * free that day, so the form can offer them again without losing what the person wrote.
 */
export async function afterLostSlot(
  db: Db,
  actor: Actor,
  error: Error,
  input: { subject: string; unitId: string; day: string },
) {
  const options = await getBookingOptions(db, actor, input);
  refresh();
  return {
    error:
      error instanceof SlotTakenError ? ("slot_taken" as const) : ("slot_not_bookable" as const),
    freeSlotIds: options.day === input.day ? options.slots.map((s) => s.id) : [],
  };
}
