import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { followUpBookedTime } from "./visit-follow-up";
import { assertChangeable } from "./cancel-appointment";
import { SlotNotBookableError, SlotTakenError } from "./errors";
import { findOwnAppointment } from "./find-own-appointment";
import { readSlotForBooking } from "./lock-slot";

/**
 * Moves an appointment to another slot of the same unit in one transaction: the old slot is
 * released and the new one taken together. If the new slot is gone, the transaction rolls back and
 * the person keeps the time they had.
 */
export async function changeAppointment(
  db: Db,
  actor: Actor,
  input: { subject: string; appointmentId: string; newSlotId: string },
  now = new Date(),
): Promise<{ appointmentId: string }> {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "APPOINTMENTS", action: "UPDATE" },
    async (tx, access) => {
      const old = await findOwnAppointment(tx, access, input.appointmentId);
      assertChangeable(old, now);
      const slot = await readSlotForBooking(tx, input.newSlotId);
      if (!slot || slot.id === old.slotId) throw new SlotNotBookableError("not_found");
      if (slot.unitId !== old.slot.unitId) throw new SlotNotBookableError("other_unit");
      if (slot.startsAt <= now) throw new SlotNotBookableError("past");
      if (slot.status !== "OPEN") throw new SlotNotBookableError("closed");

      const released = await tx.appointment.updateMany({
        where: { id: old.id, status: "BOOKED" },
        data: { status: "RESCHEDULED", holdsSlotId: null },
      });
      if (released.count !== 1) throw new NotFoundError("appointment");
      const created = await tx.appointment.createManyAndReturn({
        data: [
          {
            slotId: slot.id,
            personId: access.subject.id,
            bookedById: actor.personId,
            reason: old.reason,
            replacesId: old.id,
            holdsSlotId: slot.id,
            hiddenFromGuardians: old.hiddenFromGuardians,
          },
        ],
        skipDuplicates: true,
        select: { id: true },
      });
      const next = created[0];
      if (!next) throw new SlotTakenError();

      // Answers already given belong to the visit, not to the time.
      await tx.questionnaireResponse.updateMany({
        where: { appointmentId: old.id },
        data: { appointmentId: next.id },
      });
      await tx.careRelation.updateMany({
        where: { sourceId: old.id, kind: "APPOINTMENT" },
        data: { validUntil: now },
      });
      await followUpBookedTime(tx, {
        personId: access.subject.id,
        appointmentId: next.id,
        slot,
        event: "changed",
        now,
      });
      access.item("appointment", next.id);
      return { appointmentId: next.id };
    },
    { now },
  );
}
