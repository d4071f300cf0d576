import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { bookableUnitWhere } from "./bookable";
import { SlotNotBookableError, SlotTakenError } from "./errors";
import { readSlotForBooking } from "./lock-slot";
import { followUpBookedTime } from "./visit-follow-up";

/**
 * Books a slot for the subject (the citizen or someone they act for). The insert itself decides who
 * gets the time: Appointment.holdsSlotId is unique and the insert skips on conflict, so of many
 * simultaneous attempts exactly one row is written and the rest get SlotTakenError.
 */
export async function bookAppointment(
  db: Db,
  actor: Actor,
  input: { subject: string; slotId: string; reason: string },
  now = new Date(),
): Promise<{ appointmentId: string }> {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "APPOINTMENTS", action: "CREATE" },
    async (tx, access) => {
      const slot = await readSlotForBooking(tx, input.slotId);
      if (!slot) throw new SlotNotBookableError("not_found");
      if (slot.startsAt <= now) throw new SlotNotBookableError("past");
      if (slot.status !== "OPEN") throw new SlotNotBookableError("closed");
      const bookable = await tx.unit.count({
        where: { id: slot.unitId, ...bookableUnitWhere(access.subject.id, now) },
      });
      if (bookable === 0) throw new SlotNotBookableError("unit_not_bookable");

      const created = await tx.appointment.createManyAndReturn({
        data: [
          {
            slotId: slot.id,
            personId: access.subject.id,
            bookedById: actor.personId,
            reason: input.reason,
            holdsSlotId: slot.id,
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      const appointment = created[0];
      if (!appointment) throw new SlotTakenError();

      await followUpBookedTime(tx, {
        personId: access.subject.id,
        appointmentId: appointment.id,
        slot,
        event: "booked",
        now,
      });
      access.item("appointment", appointment.id);
      return { appointmentId: appointment.id };
    },
    { now },
  );
}
