import type { Db } from "@/lib/db/client";
import type { DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import { grantStatus, type GrantStatus } from "./grant-rules";

export type GrantView = {
  id: string;
  /** The other party's person id (for a received grant: whom to act for, /for/<id>). */
  counterpartId: string;
  counterpartName: string;
  level: ProxyLevel;
  categories: DataCategory[];
  validFrom: Date;
  validUntil: Date | null;
  endedAt: Date | null;
  endedByCounterpart: boolean;
  status: GrantStatus;
};

const counterpart = { select: { id: true, givenName: true, familyName: true, deathDate: true } } as const;

/** Grants given and received by the signed-in citizen, newest first, history included. One query. */
export async function listProxyGrants(
  db: Db,
  actor: Actor,
  now = new Date(),
): Promise<{ given: GrantView[]; received: GrantView[] }> {
  if (actor.kind !== "CITIZEN") return { given: [], received: [] };
  const rows = await db.proxyGrant.findMany({
    where: { OR: [{ grantorId: actor.personId }, { granteeId: actor.personId }] },
    include: { grantor: counterpart, grantee: counterpart },
    orderBy: { createdAt: "desc" },
  });
  const given: GrantView[] = [];
  const received: GrantView[] = [];
  for (const g of rows) {
    const isGrantor = g.grantorId === actor.personId;
    const other = isGrantor ? g.grantee : g.grantor;
    const view: GrantView = {
      id: g.id,
      counterpartId: other.id,
      counterpartName: `${other.givenName} ${other.familyName}`,
      level: g.level,
      categories: g.categories,
      validFrom: g.validFrom,
      validUntil: g.validUntil,
      endedAt: g.endedAt,
      endedByCounterpart: g.endedById !== null && g.endedById !== actor.personId,
      status: grantStatus(g, g.grantor.deathDate !== null, now),
    };
    (isGrantor ? given : received).push(view);
  }
  return { given, received };
}
