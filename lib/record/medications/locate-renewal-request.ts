import type { Actor } from "@/lib/access/actor";
import type { DbOrTx } from "@/lib/db/client";
import { UUID } from "@/lib/ids/uuid";

/**
 * Whose request this is, so the gate can decide on that patient. Reads only ids, and only requests
 * addressed to one of the clinician's own units: any other id is "not found" before anything else.
 */
export async function locateRenewalRequest(
  db: DbOrTx,
  actor: Actor,
  requestId: string,
): Promise<string | null> {
  if (actor.kind !== "CLINICIAN" || !UUID.test(requestId)) return null;
  const request = await db.medicationRenewalRequest.findFirst({
    where: { id: requestId, unitId: { in: actor.units.map((u) => u.id) } },
    select: { personId: true },
  });
  return request?.personId ?? null;
}
