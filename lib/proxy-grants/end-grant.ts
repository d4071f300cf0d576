import type { Db } from "@/lib/db/client";
import { UUID } from "@/lib/ids/uuid";
import { SELF_SUBJECT, type Actor } from "@/lib/access/actor";
import { NotFoundError, isNotFound } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";

/**
 * Either side ends a grant, at once. Ended grants stay as history. It is an access to the actor's own
 * PROFILE through the gate, and the other side's log gets the entry too. Anything else (someone
 * else's grant, an unknown id, an already ended grant) is "not found": nothing changes, nothing is logged.
 */
export async function endProxyGrant(
  db: Db,
  actor: Actor,
  grantId: string,
  now = new Date(),
): Promise<boolean> {
  if (actor.kind !== "CITIZEN" || !UUID.test(grantId)) return false;
  try {
    return await withAccess(
      db,
      actor,
      { subject: SELF_SUBJECT, category: "PROFILE", action: "DELETE" },
      async (tx, access) => {
        const me = access.subject.id;
        const { count } = await tx.proxyGrant.updateMany({
          where: { id: grantId, endedAt: null, OR: [{ grantorId: me }, { granteeId: me }] },
          data: { endedAt: now, endedById: me },
        });
        if (count !== 1) throw new NotFoundError("proxy_grant");
        const grant = await tx.proxyGrant.findUniqueOrThrow({
          where: { id: grantId },
          select: { grantorId: true, granteeId: true },
        });
        access.item("proxy_grant", grantId);
        access.alsoConcerns(grant.grantorId === me ? grant.granteeId : grant.grantorId);
        return true;
      },
      { now },
    );
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}
