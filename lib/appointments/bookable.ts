import type { Prisma } from "@/lib/generated/prisma/client";

/** Care relations that let a person book a unit's slots (a visit relation does not: it ends). */
export const BOOKING_RELATIONS = ["GP_LIST", "REFERRAL", "ENROLMENT"] as const;

/** Units a person may book: self-booking ones, and those they are linked to now. */
export function bookableUnitWhere(personId: string, now: Date): Prisma.UnitWhereInput {
  return {
    OR: [
      { selfBooking: true },
      {
        careRelations: {
          some: {
            personId,
            kind: { in: [...BOOKING_RELATIONS] },
            validFrom: { lte: now },
            OR: [{ validUntil: null }, { validUntil: { gte: now } }],
          },
        },
      },
    ],
  };
}

/** Open slots in the future that no appointment holds. */
export function freeSlotWhere(now: Date): Prisma.SlotWhereInput {
  return {
    status: "OPEN",
    startsAt: { gt: now },
    appointments: { none: { holdsSlotId: { not: null } } },
  };
}

/** Latest moment a citizen may cancel or change online. */
export function changeDeadline(startsAt: Date, deadlineHours: number): Date {
  return new Date(startsAt.getTime() - deadlineHours * 3_600_000);
}
