import type { Tx } from "@/lib/db/client";
import type { Access } from "@/lib/access/gate";
import { NotFoundError } from "@/lib/access/errors";

/**
 * The appointment with this id, only if it belongs to the subject the gate admitted (and is not
 * hidden from a guardian). Any other id is "not found": the id from the request is never trusted.
 */
export async function findOwnAppointment(tx: Tx, access: Access, appointmentId: string) {
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
    },
  });
  if (!appointment) throw new NotFoundError("appointment");
  return appointment;
}

export type OwnAppointment = Awaited<ReturnType<typeof findOwnAppointment>>;
