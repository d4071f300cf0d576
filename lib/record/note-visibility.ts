import type { Access } from "@/lib/access/gate";
import {
  itemVisibility,
  type ItemFacts,
  type ItemView,
  type ItemVisibility,
} from "@/lib/access/item-visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind } from "@/lib/generated/prisma/enums";

/** A note's content: a parent of a 12–15-year-old never reads notes (NOTES is not theirs then). */
const NOTE_DETAILS = ["title", "body"] as const;
type NoteDetail = (typeof NOTE_DETAILS)[number];

/** What every note read selects so the item rule can decide. */
export const noteFactsSelect = {
  unitId: true,
  visibleToPatientFrom: true,
  hiddenFromGuardians: true,
  unit: { select: { kind: true, organisationId: true } },
} as const satisfies Prisma.ClinicalNoteSelect;

export type NoteFactsRow = {
  unitId: string;
  visibleToPatientFrom: Date | null;
  hiddenFromGuardians: boolean;
  unit: { kind: UnitKind; organisationId: string };
};

export function noteFacts(n: NoteFactsRow): ItemFacts {
  return {
    unitId: n.unitId,
    organisationId: n.unit.organisationId,
    unitKind: n.unit.kind,
    // Notes are written by health personnel, never by the young person.
    createdByPersonId: null,
    hiddenFromGuardians: n.hiddenFromGuardians,
    releasedFrom: n.visibleToPatientFrom,
  };
}

/** The item rule for one note (lib/access/item-visibility.ts). */
export function noteVisibility(view: ItemView, note: NoteFactsRow): ItemVisibility<NoteDetail> {
  return itemVisibility(view, noteFacts(note), { details: NOTE_DETAILS });
}

/**
 * Narrows a notes query to what the item rule could show (released to the patient side, not hidden
 * from a guardian, within a clinician's need-to-know); the rule still decides each row.
 */
export function visibleNoteWhere(access: Access, now: Date): Prisma.ClinicalNoteWhereInput {
  const view = access.items;
  if (view.actorKind === "CLINICIAN") {
    if (view.scope === null) return {};
    return {
      OR: [
        { unitId: { in: [...view.scope.unitIds] } },
        { unit: { organisationId: { in: [...view.scope.organisationIds] } } },
      ],
    };
  }
  return {
    visibleToPatientFrom: { lte: now },
    ...(view.basis === "PARENTAL" ? { hiddenFromGuardians: false } : {}),
  };
}

/** Whether a note loaded alongside something else (an appointment's visit summary) may be shown. */
export function isNoteVisible(access: Access, note: NoteFactsRow): boolean {
  return noteVisibility(access.items, note).visible;
}
