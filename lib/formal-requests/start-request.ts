import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { reachableUnitIds } from "./clinician-reach";
import { FormalRequestStatusChangedError } from "./errors";
import { subjectForRequest } from "./locate-request";

/**
 * "Under behandling": a clinician of the unit takes the request on. Through the gate
 * (FORMAL_REQUESTS, UPDATE) and logged. The change is one conditional update (only a request still
 * "mottatt" moves), so of two clinicians pressing at once one wins and the other is told; the
 * history step is written in the same transaction.
 */
export async function startFormalRequest(
  db: Db,
  actor: Actor,
  input: { requestId: string; personId?: string | undefined },
  now = new Date(),
): Promise<{ id: string }> {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const personId = await subjectForRequest(db, actor, input);
  if (!personId) throw new NotFoundError("formal_request");
  return withAccess(
    db,
    actor,
    { subject: personId, category: "FORMAL_REQUESTS", action: "UPDATE" },
    async (tx, access) => {
      const where = {
        id: input.requestId,
        personId: access.subject.id,
        unitId: { in: reachableUnitIds(actor, access.items) },
      };
      const { count } = await tx.formalRequest.updateMany({
        where: { ...where, status: "RECEIVED" },
        data: { status: "IN_PROGRESS", startedAt: now, startedById: actor.clinicianId },
      });
      if (count !== 1) {
        // Not moved: either not this clinician's to see (not found) or already taken on or answered.
        const exists = await tx.formalRequest.count({ where });
        if (exists === 0) throw new NotFoundError("formal_request");
        throw new FormalRequestStatusChangedError();
      }
      await tx.formalRequestEvent.create({
        data: {
          requestId: input.requestId,
          kind: "STARTED",
          at: now,
          actorClinicianId: actor.clinicianId,
        },
      });
      access.item("formal_request", input.requestId);
      return { id: input.requestId };
    },
    { now },
  );
}
