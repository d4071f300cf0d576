import type { Prisma } from "@/lib/generated/prisma/client";

/** Units a person may write to: those with an active care relation, and those open to anyone. */
export function writableUnitWhere(personId: string, now: Date): Prisma.UnitWhereInput {
  return {
    inboxes: { some: { kind: "SHARED" } },
    OR: [
      { messagesFromAnyone: true },
      {
        careRelations: {
          some: {
            personId,
            validFrom: { lte: now },
            OR: [{ validUntil: null }, { validUntil: { gte: now } }],
          },
        },
      },
    ],
  };
}
