import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { changeDeadline } from "./bookable";
import { DeadlinePassedError } from "./errors";
import { findOwnAppointment, type OwnAppointment } from "./find-own-appointment";

/** Refuses a change after the unit's deadline, for a visit already started, or one not booked. */
export function assertChangeable(appointment: OwnAppointment, now: Date): void {
  const unit = appointment.slot.unit;
  const refuse = (why: DeadlinePassedError["why"]) =>
    new DeadlinePassedError(unit.name, unit.phone, unit.cancellationDeadlineHours, why);
  if (appointment.status !== "BOOKED") throw refuse("not_booked");
  if (appointment.slot.startsAt <= now) throw refuse("past");
  if (now > changeDeadline(appointment.slot.startsAt, unit.cancellationDeadlineHours))
    throw refuse("deadline");
}

/** Cancels before the deadline; the slot is free again the moment this commits. */
export async function cancelAppointment(
  db: Db,
  actor: Actor,
  input: { subject: string; appointmentId: string; reason?: string | undefined },
  now = new Date(),
): Promise<void> {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  await withAccess(
    db,
    actor,
    { subject: input.subject, category: "APPOINTMENTS", action: "UPDATE" },
    async (tx, access) => {
      const appointment = await findOwnAppointment(tx, access, input.appointmentId);
      assertChangeable(appointment, now);
      const { count } = await tx.appointment.updateMany({
        where: { id: appointment.id, status: "BOOKED" },
        data: {
          status: "CANCELLED",
          holdsSlotId: null,
          cancelledAt: now,
          cancelledById: actor.personId,
          cancelReason: input.reason?.trim() || null,
        },
      });
      if (count !== 1) throw new NotFoundError("appointment");
      await tx.careRelation.updateMany({
        where: { sourceId: appointment.id, kind: "APPOINTMENT" },
        data: { validUntil: now },
      });
      await enqueueNotification(tx, {
        personId: access.subject.id,
        template: "appointment_cancelled",
        changeKey: `appointment:${appointment.id}:cancelled`,
      });
      access.item("appointment", appointment.id);
    },
    { now },
  );
}
