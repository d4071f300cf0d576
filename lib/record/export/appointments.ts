import type { Appointment } from "@medplum/fhirtypes";
import { appointmentVisibility } from "@/lib/appointments/appointment-visibility";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { fhirInstant, exportMapper, type ExportMapper } from "./types";

const STATUS: Record<AppointmentStatus, Appointment["status"]> = {
  BOOKED: "booked",
  CANCELLED: "cancelled",
  // FHIR has no "moved": the old time is cancelled, the new one is its own Appointment.
  RESCHEDULED: "cancelled",
  COMPLETED: "fulfilled",
  NO_SHOW: "noshow",
};

/** Appointment: every visit, past and coming, with unit and time (APPOINTMENTS). */
export const appointmentMapper: ExportMapper<Appointment> = exportMapper({
  category: "APPOINTMENTS",
  resourceTypes: ["Appointment"],
  read: (tx, access) =>
    tx.appointment.findMany({
      where: { personId: access.subject.id },
      orderBy: [{ slot: { startsAt: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        reason: true,
        outcome: true,
        cancelReason: true,
        createdAt: true,
        hiddenFromGuardians: true,
        bookedById: true,
        slot: {
          select: {
            startsAt: true,
            endsAt: true,
            unitId: true,
            unit: {
              select: {
                name: true,
                kind: true,
                organisationId: true,
                organisation: { select: { name: true } },
              },
            },
            clinician: { select: { givenName: true, familyName: true } },
          },
        },
      },
    }),
  shows: (view, a) => appointmentVisibility(view, a).visible,
  toResource: (a, ctx): Appointment => ({
    resourceType: "Appointment",
    id: a.id,
    status: STATUS[a.status],
    description: a.reason,
    ...(a.outcome ? { comment: a.outcome } : {}),
    ...(a.cancelReason ? { cancelationReason: { text: a.cancelReason } } : {}),
    start: fhirInstant(a.slot.startsAt),
    end: fhirInstant(a.slot.endsAt),
    created: fhirInstant(a.createdAt),
    participant: [
      { actor: ctx.patient, status: "accepted" },
      {
        actor: { display: `${a.slot.unit.name}, ${a.slot.unit.organisation.name}` },
        status: "accepted",
      },
      ...(a.slot.clinician
        ? [
            {
              actor: {
                display: `${a.slot.clinician.givenName} ${a.slot.clinician.familyName}`,
              },
              status: "accepted" as const,
            },
          ]
        : []),
    ],
  }),
});
