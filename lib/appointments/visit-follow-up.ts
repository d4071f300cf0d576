import type { Tx } from "@/lib/db/client";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";

/** How long after a visit its unit keeps the care relation the booking opened. */
export const VISIT_RELATION_DAYS = 90;

/**
 * What a booked time brings with it, when booked and when moved alike: a care relation for the
 * unit (kind APPOINTMENT, until VISIT_RELATION_DAYS after the visit) and a notification without
 * content. Runs in the booking's transaction.
 */
export async function followUpBookedTime(
  tx: Tx,
  input: {
    personId: string;
    appointmentId: string;
    slot: { unitId: string; endsAt: Date };
    event: "booked" | "changed";
    now: Date;
  },
): Promise<void> {
  await tx.careRelation.create({
    data: {
      personId: input.personId,
      unitId: input.slot.unitId,
      kind: "APPOINTMENT",
      sourceId: input.appointmentId,
      validFrom: input.now,
      validUntil: new Date(input.slot.endsAt.getTime() + VISIT_RELATION_DAYS * 86_400_000),
    },
  });
  await enqueueNotification(tx, {
    personId: input.personId,
    template: input.event === "booked" ? "appointment_booked" : "appointment_changed",
    changeKey: `appointment:${input.appointmentId}:${input.event}`,
  });
}
