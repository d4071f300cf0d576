import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { reachableUnitIds } from "./clinician-reach";
import { isOverdue } from "./limits";
import { subjectForRequest } from "./locate-request";
import { requestViewSelect, withFiledByOther } from "./request-view";

/**
 * One formal request for a clinician of the unit it is addressed to, with its history. Through the
 * gate (FORMAL_REQUESTS, READ) and logged; any other id, or a request of another unit, is "not found".
 */
export async function getFormalRequestForClinician(
  db: Db,
  actor: Actor,
  requestId: string,
  now = new Date(),
  personIdFromUrl?: string,
) {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const personId = await subjectForRequest(db, actor, { requestId, personId: personIdFromUrl });
  if (!personId) throw new NotFoundError("formal_request");
  return withAccess(
    db,
    actor,
    { subject: personId, category: "FORMAL_REQUESTS", action: "READ" },
    async (tx, access) => {
      const r = await tx.formalRequest.findFirst({
        where: {
          id: requestId,
          personId: access.subject.id,
          unitId: { in: reachableUnitIds(actor, access.items) },
        },
        select: {
          ...requestViewSelect,
          person: { select: { id: true, givenName: true, familyName: true, birthDate: true } },
          unit: { select: { name: true } },
          answeredBy: { select: { givenName: true, familyName: true } },
        },
      });
      if (!r) throw new NotFoundError("formal_request");
      access.item("formal_request", r.id);
      return {
        ...withFiledByOther(r, r.person.id),
        overdue: isOverdue(r.answerDue, r.status, now),
      };
    },
    { now },
  );
}

export type ClinicianFormalRequest = Awaited<ReturnType<typeof getFormalRequestForClinician>>;
