import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import {
  appointmentPrefilter,
  appointmentVisibility,
} from "@/lib/appointments/appointment-visibility";
import { noteFactsSelect, noteVisibility, visibleNoteWhere } from "./note-visibility";

const CHART_ROWS = 50;

/**
 * A clinician's view of one patient: appointments and notes, newest first. Two reads through the
 * gate (two log entries, one per category), each one query: with a care relation of the clinician's
 * unit, which reaches that unit's (or for a GP, the office's) own items, or under an active emergency
 * access, which reaches every unit's.
 */
export async function getPatientChart(db: Db, actor: Actor, personId: string, now = new Date()) {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const visits = await withAccess(
    db,
    actor,
    { subject: personId, category: "APPOINTMENTS", action: "READ" },
    async (tx, access) => {
      const patient = await tx.person.findUniqueOrThrow({
        where: { id: access.subject.id },
        select: {
          id: true,
          givenName: true,
          familyName: true,
          birthDate: true,
          nationalId: true,
          appointments: {
            // Need-to-know: only the appointments within the care relation's reach (all in an emergency).
            where: { status: { not: "RESCHEDULED" }, ...appointmentPrefilter(access.items) },
            orderBy: { slot: { startsAt: "desc" } },
            take: CHART_ROWS,
            select: {
              id: true,
              status: true,
              reason: true,
              outcome: true,
              bookedById: true,
              hiddenFromGuardians: true,
              slot: {
                select: {
                  startsAt: true,
                  endsAt: true,
                  visitType: true,
                  unitId: true,
                  unit: { select: { name: true, kind: true, organisationId: true } },
                },
              },
            },
          },
        },
      });
      const appointments = patient.appointments.filter(
        (a) => appointmentVisibility(access.items, a).visible,
      );
      return { patient: { ...patient, appointments }, basis: access.basis };
    },
    { now },
  );
  const notes = await withAccess(
    db,
    actor,
    { subject: personId, category: "NOTES", action: "READ" },
    async (tx, access) => {
      const rows = await tx.clinicalNote.findMany({
        where: { personId: access.subject.id, ...visibleNoteWhere(access, now) },
        orderBy: { writtenAt: "desc" },
        take: CHART_ROWS,
        select: {
          id: true,
          kind: true,
          title: true,
          body: true,
          writtenAt: true,
          ...noteFactsSelect,
          unit: { select: { name: true, kind: true, organisationId: true } },
          author: { select: { givenName: true, familyName: true, profession: true } },
        },
      });
      return rows.filter((n) => noteVisibility(access.items, n).visible);
    },
    { now },
  );
  const { appointments, ...patient } = visits.patient;
  return { patient, basis: visits.basis, appointments, notes };
}

export type PatientChart = Awaited<ReturnType<typeof getPatientChart>>;
