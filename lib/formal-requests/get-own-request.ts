import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { requestViewSelect, withFiledByOther } from "./request-view";
import { UUID } from "@/lib/ids/uuid";

/**
 * One of the person's formal requests with its history (who did what, when) and the answer, in one
 * statement through the gate (FORMAL_REQUESTS, READ), logged with the request's id. Another
 * person's request, or an id that is none, is "not found".
 */
export async function getOwnFormalRequest(
  db: Db,
  actor: Actor,
  subject: string,
  requestId: string,
  now = new Date(),
) {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  if (!UUID.test(requestId)) throw new NotFoundError("formal_request");
  return withAccess(
    db,
    actor,
    { subject, category: "FORMAL_REQUESTS", action: "READ" },
    async (tx, access) => {
      const r = await tx.formalRequest.findFirst({
        where: { id: requestId, personId: access.subject.id },
        select: {
          ...requestViewSelect,
          unit: { select: { name: true, organisation: { select: { name: true } } } },
          answeredBy: { select: { givenName: true, familyName: true, profession: true } },
        },
      });
      if (!r) throw new NotFoundError("formal_request");
      access.item("formal_request", r.id);
      return withFiledByOther(r, access.subject.id);
    },
    { now },
  );
}

export type OwnFormalRequest = Awaited<ReturnType<typeof getOwnFormalRequest>>;
