import type { Db } from "@/lib/db/client";
import type { AccessBasis, DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { DATA_CATEGORIES } from "./categories";
import { loadAccessFacts, type SubjectPerson } from "./facts";
import { resolveSubjectId } from "./gate";
import { decide, parentalCategories, proxyUsable } from "./rules";

const personSelect = {
  id: true,
  givenName: true,
  familyName: true,
  birthDate: true,
  deathDate: true,
  addressProtection: true,
  addressId: true,
  consentCompetent: true,
} as const;

export type ActingForOption = {
  personId: string;
  name: string;
  basis: Extract<AccessBasis, "SELF" | "PROXY_GRANT" | "PARENTAL">;
  categories: readonly DataCategory[];
  level: ProxyLevel | null;
};

/**
 * Everyone this citizen may act for right now: themself, grantors of active usable grants, and
 * children the age rules still allow. Deceased or address-protected people are never offered.
 */
export async function listActingForOptions(db: Db, actor: Actor, now = new Date()): Promise<ActingForOption[]> {
  if (actor.kind !== "CITIZEN") return [];
  const me = await db.person.findUnique({
    where: { id: actor.personId },
    select: {
      ...personSelect,
      grantsReceived: {
        where: {
          endedAt: null,
          validFrom: { lte: now },
          OR: [{ validUntil: null }, { validUntil: { gte: now } }],
        },
        select: { id: true, level: true, categories: true, grantor: { select: personSelect } },
        orderBy: { createdAt: "asc" },
      },
      childrenResponsibleFor: {
        select: {
          child: {
            select: {
              ...personSelect,
              parentsResponsible: { select: { parentId: true, parent: { select: { addressId: true } } } },
            },
          },
        },
      },
    },
  });
  if (!me) return [];
  const options: ActingForOption[] = [
    { personId: me.id, name: `${me.givenName} ${me.familyName}`, basis: "SELF", categories: DATA_CATEGORIES, level: null },
  ];
  for (const { child } of me.childrenResponsibleFor) {
    const parents = child.parentsResponsible.map((r) => ({ personId: r.parentId, addressId: r.parent.addressId }));
    const categories = parentalCategories(child, parents, me.id, now);
    if (categories.length > 0) {
      options.push({ personId: child.id, name: `${child.givenName} ${child.familyName}`, basis: "PARENTAL", categories, level: "READ_AND_ACT" });
    }
  }
  for (const grant of me.grantsReceived) {
    if (!proxyUsable(grant.grantor, me, now)) continue;
    const existing = options.find((o) => o.personId === grant.grantor.id);
    if (existing) continue;
    options.push({
      personId: grant.grantor.id,
      name: `${grant.grantor.givenName} ${grant.grantor.familyName}`,
      basis: "PROXY_GRANT",
      categories: grant.categories,
      level: grant.level,
    });
  }
  return options;
}

export type SubjectOverview = {
  subject: SubjectPerson;
  isSelf: boolean;
  /** Categories the actor may read for this subject; drives the navigation. */
  readable: readonly DataCategory[];
  /** Categories the actor may also change (book, cancel, renew). */
  actionable: readonly DataCategory[];
};

/**
 * What the actor may do for a subject, without touching health data (so nothing is logged): used by
 * layouts to build navigation. Returns null when the actor may see nothing — render "not found".
 */
export async function describeSubjectAccess(
  db: Db,
  actor: Actor,
  subjectRef: string,
  now = new Date(),
): Promise<SubjectOverview | null> {
  const subjectId = resolveSubjectId(actor, subjectRef);
  if (!subjectId) return null;
  const loaded = await loadAccessFacts(db, actor, subjectId, now);
  if (!loaded) return null;
  const check = (category: DataCategory, action: "READ" | "UPDATE") =>
    decide({ actor, subject: loaded.subject, facts: loaded.facts, category, action, now }).allowed;
  const readable = DATA_CATEGORIES.filter((c) => check(c, "READ"));
  if (readable.length === 0) return null;
  return {
    subject: loaded.subject,
    isSelf: actor.kind === "CITIZEN" && actor.personId === subjectId,
    readable,
    actionable: DATA_CATEGORIES.filter((c) => check(c, "UPDATE")),
  };
}

