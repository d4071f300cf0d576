import type { Actor } from "@/lib/access/actor";
import type { DbOrTx } from "@/lib/db/client";
import { UUID } from "@/lib/ids/uuid";

/**
 * Whose request this is, so the gate can decide on that patient. Reads only the person's id, and
 * only of requests addressed to one of the clinician's own units: any other id is "not found"
 * before anything else is read.
 */
export async function locateFormalRequest(
  db: DbOrTx,
  actor: Actor,
  requestId: string,
): Promise<string | null> {
  if (actor.kind !== "CLINICIAN" || !UUID.test(requestId)) return null;
  const request = await db.formalRequest.findFirst({
    where: { id: requestId, unitId: { in: actor.units.map((u) => u.id) } },
    select: { personId: true },
  });
  return request?.personId ?? null;
}

/**
 * The subject the gate should decide on: the patient id the page's URL names (untrusted: the gate
 * resolves it, and the read matches the request to that person), else the request's own person.
 * A URL with the patient's id saves a statement per page.
 */
export async function subjectForRequest(
  db: DbOrTx,
  actor: Actor,
  input: { requestId: string; personId?: string | undefined },
): Promise<string | null> {
  if (actor.kind !== "CLINICIAN" || !UUID.test(input.requestId)) return null;
  if (input.personId !== undefined) return UUID.test(input.personId) ? input.personId : null;
  return locateFormalRequest(db, actor, input.requestId);
}
