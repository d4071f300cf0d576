import {
  CONFIDENTIAL_UNIT_KINDS,
  itemVisibility,
  type ItemFacts,
  type ItemView,
  type ItemVisibility,
} from "@/lib/access/item-visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind } from "@/lib/generated/prisma/enums";

/**
 * An appointment's fields beyond time, place and kind of service. A parent of a 12–15-year-old gets
 * none of them: not what the young person wrote (reason, answers), what was done (outcome, the
 * visit summary), nor what gives it away (the visit type, the clinician).
 */
export const APPOINTMENT_DETAILS = [
  "reason",
  "outcome",
  "answers",
  "visitSummary",
  "visitType",
  "clinician",
] as const;
export type AppointmentDetail = (typeof APPOINTMENT_DETAILS)[number];

/** What every appointment read selects so the item rule can decide. */
export const appointmentFactsSelect = {
  bookedById: true,
  hiddenFromGuardians: true,
  slot: { select: { unitId: true, unit: { select: { kind: true, organisationId: true } } } },
} as const satisfies Prisma.AppointmentSelect;

export type AppointmentFactsRow = {
  bookedById: string;
  hiddenFromGuardians: boolean;
  slot: { unitId: string; unit: { kind: UnitKind; organisationId: string } };
};

export function appointmentFacts(a: AppointmentFactsRow): ItemFacts {
  return {
    unitId: a.slot.unitId,
    organisationId: a.slot.unit.organisationId,
    unitKind: a.slot.unit.kind,
    createdByPersonId: a.bookedById,
    hiddenFromGuardians: a.hiddenFromGuardians,
  };
}

/** The item rule for one appointment. */
export function appointmentVisibility(
  view: ItemView,
  a: AppointmentFactsRow,
): ItemVisibility<AppointmentDetail> {
  return itemVisibility(view, appointmentFacts(a), { details: APPOINTMENT_DETAILS });
}

/**
 * Narrows a query to the appointments the item rule could show (so a page of 50 is 50 shown), never
 * wider than the rule; the rule itself still decides each row.
 */
export function appointmentPrefilter(view: ItemView): Prisma.AppointmentWhereInput {
  if (view.actorKind === "CLINICIAN") {
    const scope = view.scope;
    if (scope === null) return {};
    return {
      slot: {
        OR: [
          { unitId: { in: [...scope.unitIds] } },
          { unit: { organisationId: { in: [...scope.organisationIds] } } },
        ],
      },
    };
  }
  if (view.basis !== "PARENTAL") return {};
  return {
    hiddenFromGuardians: false,
    NOT: {
      bookedById: view.subjectId,
      slot: { unit: { kind: { in: [...CONFIDENTIAL_UNIT_KINDS] } } },
    },
  };
}
