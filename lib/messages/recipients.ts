import type { Prisma } from "@/lib/generated/prisma/client";

/** Units that can take a new thread: routing falls back to the unit's shared inbox. */
export const RECEIVES_MESSAGES: Prisma.UnitWhereInput = { inboxes: { some: { kind: "SHARED" } } };

/** Units a person may write to: those with an active care relation, and those open to anyone. */
export function writableUnitWhere(personId: string, now: Date): Prisma.UnitWhereInput {
  return {
    ...RECEIVES_MESSAGES,
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
