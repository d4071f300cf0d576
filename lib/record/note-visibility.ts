import type { Access } from "@/lib/access/gate";
import type { Prisma } from "@/lib/generated/prisma/client";

type NoteVisibilityFields = { visibleToPatientFrom: Date | null; hiddenFromGuardians: boolean };

/**
 * Which notes this access may show. The patient and their proxies see a note once it is released
 * to the portal; a guardian never sees one marked "not shown to guardians"; a clinician in care
 * sees the whole record.
 */
export function visibleNoteWhere(access: Access, now: Date): Prisma.ClinicalNoteWhereInput {
  if (access.actor.kind === "CLINICIAN") return {};
  return {
    visibleToPatientFrom: { lte: now },
    ...(access.asGuardian ? { hiddenFromGuardians: false } : {}),
  };
}

/** The same rule for a note already loaded alongside something else (an appointment). */
export function isNoteVisible(access: Access, note: NoteVisibilityFields, now: Date): boolean {
  if (access.actor.kind === "CLINICIAN") return true;
  if (!note.visibleToPatientFrom || note.visibleToPatientFrom > now) return false;
  return !(access.asGuardian && note.hiddenFromGuardians);
}
