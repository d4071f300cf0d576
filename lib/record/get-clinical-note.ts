import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { visibleNoteWhere } from "./note-visibility";

/**
 * One note from the subject's record (category NOTES), with who wrote it and the visit it sums up.
 * An id that is not the subject's, or not released to them, is "not found".
 */
export async function getClinicalNote(db: Db, actor: Actor, subject: string, noteId: string, now = new Date()) {
  return withAccess(db, actor, { subject, category: "NOTES", action: "READ" }, async (tx, access) => {
    const note = await tx.clinicalNote.findFirst({
      where: { id: noteId, personId: access.subject.id, ...visibleNoteWhere(access, now) },
      select: {
        id: true,
        kind: true,
        title: true,
        body: true,
        writtenAt: true,
        hiddenFromGuardians: true,
        author: { select: { givenName: true, familyName: true, profession: true } },
        unit: { select: { name: true, organisation: { select: { name: true } } } },
        appointment: { select: { id: true, hiddenFromGuardians: true, slot: { select: { startsAt: true, visitType: true } } } },
      },
    });
    if (!note) throw new NotFoundError("clinical_note");
    access.item("clinical_note", note.id);
    // The visit is linked only when this access may see that appointment too.
    const visit = note.appointment && !(access.asGuardian && note.appointment.hiddenFromGuardians) ? note.appointment : null;
    return { ...note, appointment: visit };
  }, { now });
}

export type ClinicalNoteView = Awaited<ReturnType<typeof getClinicalNote>>;
