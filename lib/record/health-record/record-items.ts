import type { Access } from "@/lib/access/gate";
import { itemVisibility, type ItemFacts, type ItemView } from "@/lib/access/item-visibility";
import type { UnitKind } from "@/lib/generated/prisma/enums";

/**
 * Diagnoses, allergies, vaccines and documents share their item facts: the unit that recorded or
 * sent the item (need-to-know scope) and "not shown to guardians". Each read narrows its query with
 * recordItemWhere and lets the one item rule (lib/access/item-visibility.ts) decide every row.
 */
export const recordItemSelect = {
  unitId: true,
  hiddenFromGuardians: true,
  unit: {
    select: {
      name: true,
      kind: true,
      organisationId: true,
      organisation: { select: { name: true } },
    },
  },
} as const;

export type RecordItemRow = {
  unitId: string;
  hiddenFromGuardians: boolean;
  unit: { name: string; kind: UnitKind; organisationId: string; organisation: { name: string } };
};

export function recordItemFacts(row: RecordItemRow): ItemFacts {
  return {
    unitId: row.unitId,
    organisationId: row.unit.organisationId,
    unitKind: row.unit.kind,
    // Recorded by health personnel, never by the patient.
    createdByPersonId: null,
    hiddenFromGuardians: row.hiddenFromGuardians,
  };
}

/** Whether this access shows the item (these items have no fields a guardian sees redacted). */
export function isRecordItemVisible(view: ItemView, row: RecordItemRow): boolean {
  return itemVisibility(view, recordItemFacts(row), { details: [] }).visible;
}

/** Narrows a query to the rows the item rule could show; the rule still decides each row. */
export function recordItemWhere(access: Access): {
  hiddenFromGuardians?: false;
  OR?: ({ unitId: { in: string[] } } | { unit: { organisationId: { in: string[] } } })[];
} {
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
  return view.basis === "PARENTAL" ? { hiddenFromGuardians: false } : {};
}

/** "Legekontoret, Fjordvik kommune", or just the name when unit and organisation are named alike. */
export function placeName(unit: RecordItemRow["unit"]): string {
  return unit.name === unit.organisation.name
    ? unit.name
    : `${unit.name}, ${unit.organisation.name}`;
}

/** A clinician's name and profession as the patient sees it, or null. */
export function clinicianName(
  c: { givenName: string; familyName: string; profession: string } | null,
): string | null {
  return c ? `${c.givenName} ${c.familyName}, ${c.profession}` : null;
}
