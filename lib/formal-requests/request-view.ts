import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What every view of one formal request reads: the request, who filed it and its history (who did
 * what, when). The citizen's and the clinician's views add what only they show.
 */
export const requestViewSelect = {
  id: true,
  kind: true,
  status: true,
  concerns: true,
  correction: true,
  reason: true,
  receivedAt: true,
  answerDue: true,
  answeredAt: true,
  answer: true,
  filedBy: { select: { id: true, givenName: true, familyName: true } },
  events: {
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      kind: true,
      at: true,
      actorPerson: { select: { id: true, givenName: true, familyName: true } },
      actorClinician: { select: { givenName: true, familyName: true, profession: true } },
    },
  },
} as const satisfies Prisma.FormalRequestSelect;

type FiledBy = { filedBy: { id: string; givenName: string; familyName: string } };

/** The request as read, plus the name of whoever filed it for the person (null: they did). */
export function withFiledByOther<R extends FiledBy>(r: R, personId: string) {
  return {
    ...r,
    filedByOther:
      r.filedBy.id === personId ? null : `${r.filedBy.givenName} ${r.filedBy.familyName}`,
  };
}
