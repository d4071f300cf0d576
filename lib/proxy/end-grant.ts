import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";

/**
 * Either side ends a grant, at once. Ended grants stay as history. Anything else (someone else's
 * grant, an unknown id, an already ended grant) is "not found" and changes nothing.
 */
export async function endProxyGrant(db: Db, actor: Actor, grantId: string, now = new Date()): Promise<boolean> {
  if (actor.kind !== "CITIZEN") return false;
  const { count } = await db.proxyGrant.updateMany({
    where: {
      id: grantId,
      endedAt: null,
      OR: [{ grantorId: actor.personId }, { granteeId: actor.personId }],
    },
    data: { endedAt: now, endedById: actor.personId },
  });
  return count === 1;
}
