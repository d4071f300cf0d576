import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";

/** A person files a handful of these in a lifetime; beyond this many the newest are shown. */
export const OWN_LIST_LIMIT = 100;

/**
 * The person's formal requests, newest first, with status, deadline and answer, in one statement
 * through the gate (FORMAL_REQUESTS, READ) and logged.
 */
export async function listOwnFormalRequests(
  db: Db,
  actor: Actor,
  subject: string,
  now = new Date(),
) {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  return withAccess(
    db,
    actor,
    { subject, category: "FORMAL_REQUESTS", action: "READ" },
    async (tx, access) => {
      return tx.formalRequest.findMany({
        where: { personId: access.subject.id },
        orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
        take: OWN_LIST_LIMIT,
        select: {
          id: true,
          kind: true,
          status: true,
          concerns: true,
          receivedAt: true,
          answerDue: true,
          answeredAt: true,
          unit: { select: { name: true, organisation: { select: { name: true } } } },
        },
      });
    },
    { now },
  );
}

export type OwnFormalRequestRow = Awaited<ReturnType<typeof listOwnFormalRequests>>[number];
