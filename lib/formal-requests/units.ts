import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The units a person can address a formal request to: those with a care relation with them that is
 * active now (their GP office, home nursing, a department they are referred to, a unit they have
 * booked or written to). One of these answers for what it has recorded.
 */
export function requestableUnitWhere(personId: string, now: Date): Prisma.UnitWhereInput {
  return {
    careRelations: {
      some: {
        personId,
        validFrom: { lte: now },
        OR: [{ validUntil: null }, { validUntil: { gte: now } }],
      },
    },
  };
}
