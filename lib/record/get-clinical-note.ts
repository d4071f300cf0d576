import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { appointmentVisibility } from "@/lib/appointments/appointment-visibility";
import { noteFactsSelect, noteVisibility, visibleNoteWhere } from "./note-visibility";

/**
 * One note from the subject's record (category NOTES), with who wrote it and the visit it sums up.
 * An id that is not the subject's, or that the item rule does not show this access, is "not found".
 */
export async function getClinicalNote(
  db: Db,
  actor: Actor,
  subject: string,
  noteId: string,
  now = new Date(),
) {
  return withAccess(
    db,
    actor,
    { subject, category: "NOTES", action: "READ" },
    async (tx, access) => {
      const row = await tx.clinicalNote.findFirst({
        where: { id: noteId, personId: access.subject.id, ...visibleNoteWhere(access, now) },
        select: {
          id: true,
          kind: true,
          title: true,
          body: true,
          writtenAt: true,
          ...noteFactsSelect,
          author: { select: { givenName: true, familyName: true, profession: true } },
          unit: {
            select: {
              name: true,
              kind: true,
              organisationId: true,
              organisation: { select: { name: true } },
            },
          },
          appointment: {
            select: {
              id: true,
              bookedById: true,
              hiddenFromGuardians: true,
              slot: {
                select: {
                  startsAt: true,
                  visitType: true,
                  unitId: true,
                  unit: { select: { kind: true, organisationId: true } },
                },
              },
            },
          },
        },
      });
      if (!row || !noteVisibility(access.items, row).visible)
        throw new NotFoundError("clinical_note");
      access.item("clinical_note", row.id);
      const { appointment, unitId: _unitId, visibleToPatientFrom: _from, ...note } = row;
      // The visit is linked only when this access may see that appointment, and what it was.
      const seen = appointment ? appointmentVisibility(access.items, appointment) : null;
      const visit =
        appointment && seen?.visible && !seen.redacted.has("visitType")
          ? {
              id: appointment.id,
              slot: { startsAt: appointment.slot.startsAt, visitType: appointment.slot.visitType },
            }
          : null;
      return { ...note, appointment: visit };
    },
    { now },
  );
}

export type ClinicalNoteView = Awaited<ReturnType<typeof getClinicalNote>>;
