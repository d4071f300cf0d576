import type { Tx } from "@/lib/db/client";
import type { Access } from "@/lib/access/gate";
import { NotFoundError } from "@/lib/access/errors";
import { isNoteVisible } from "@/lib/record/note-visibility";

/**
 * The appointment with this id, only if it belongs to the subject the gate admitted (and is not
 * hidden from a guardian). Any other id is "not found": the id from the request is never trusted.
 */
export async function findOwnAppointment(tx: Tx, access: Access, appointmentId: string, now = new Date()) {
  const appointment = await tx.appointment.findFirst({
    where: {
      id: appointmentId,
      personId: access.subject.id,
      ...(access.asGuardian ? { hiddenFromGuardians: false } : {}),
    },
    include: {
      slot: {
        include: {
          unit: { include: { organisation: { select: { name: true } } } },
          clinician: { select: { givenName: true, familyName: true, profession: true } },
        },
      },
      questionnaireResponse: { select: { id: true, status: true, fhir: true, submittedAt: true, questionnaireId: true } },
      visitSummary: { select: { id: true, visibleToPatientFrom: true, hiddenFromGuardians: true } },
    },
  });
  if (!appointment) throw new NotFoundError("appointment");
  const { visitSummary, ...rest } = appointment;
  // Only the id of a summary this access may read; the text itself is read through the NOTES gate.
  return { ...rest, visitSummaryId: visitSummary && isNoteVisible(access, visitSummary, now) ? visitSummary.id : null };
}

export type OwnAppointment = Awaited<ReturnType<typeof findOwnAppointment>>;
