import type { Db } from "@/lib/db/client";
import type { DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";
import { SELF_SUBJECT, type Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { proxyUsable } from "@/lib/access/rules";
import { grantStatus, type GrantStatus, type GrantTerms } from "./grant-rules";

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
  /** 1 for a grant never changed. */
  version: number;
  /** The version the last change replaced, and when it was changed; null if never changed. */
  previous: GrantVersionView | null;
  /** Every earlier version, newest first. */
  history: GrantVersionView[];
};

export type GrantVersionView = GrantTerms & { version: number; replacedAt: Date };

const partySelect = {
  id: true,
  givenName: true,
  familyName: true,
  birthDate: true,
  deathDate: true,
  addressProtection: true,
  consentCompetent: true,
} as const;

/**
 * Grants given and received by the signed-in citizen, newest first, history included. It reads the
 * person's own PROFILE through the gate, so looking is logged; a constant number of queries.
 */
export async function listProxyGrants(
  db: Db,
  actor: Actor,
  now = new Date(),
): Promise<{ given: GrantView[]; received: GrantView[] }> {
  if (actor.kind !== "CITIZEN") return { given: [], received: [] };
  return withAccess(
    db,
    actor,
    { subject: SELF_SUBJECT, category: "PROFILE", action: "READ" },
    async (tx, access) => {
      const me = access.subject.id;
      access.item("proxy_grants", me);
      const rows = await tx.proxyGrant.findMany({
        where: { OR: [{ grantorId: me }, { granteeId: me }] },
        include: {
          // Both sides join into the same query (relationJoins), no second round trip.
          grantor: { select: partySelect },
          grantee: { select: partySelect },
          versions: {
            orderBy: { version: "desc" },
            select: {
              version: true,
              level: true,
              categories: true,
              validUntil: true,
              replacedAt: true,
            },
          },
        },
        orderBy: { createdAt: "desc" },
      });
      const given: GrantView[] = [];
      const received: GrantView[] = [];
      for (const g of rows) {
        const { grantor, grantee } = g;
        const isGrantor = g.grantorId === me;
        const other = isGrantor ? grantee : grantor;
        const view: GrantView = {
          id: g.id,
          counterpartId: other.id,
          counterpartName: `${other.givenName} ${other.familyName}`,
          level: g.level,
          categories: g.categories,
          validFrom: g.validFrom,
          validUntil: g.validUntil,
          endedAt: g.endedAt,
          endedByCounterpart: g.endedById !== null && g.endedById !== me,
          status: grantStatus(
            g,
            grantor.deathDate !== null,
            now,
            proxyUsable(grantor, grantee, now),
          ),
          version: g.version,
          previous: g.versions[0] ?? null,
          history: g.versions,
        };
        (isGrantor ? given : received).push(view);
      }
      return { given, received };
    },
    { now },
  );
}
