import type { Db, Prisma } from "@/lib/db/client";
import type { AccessBasis, DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { DATA_CATEGORIES } from "./categories";
import { loadAccessFacts, personFactsSelect, type LoadedFacts, type SubjectPerson } from "./facts";
import { resolveSubjectId } from "./gate";
import { decide, parentalCategories, proxyUsable, type CitizenFacts } from "./rules";

const personSelect = personFactsSelect;

export type ActingForOption = {
  personId: string;
  name: string;
  basis: Extract<AccessBasis, "SELF" | "PROXY_GRANT" | "PARENTAL">;
  categories: readonly DataCategory[];
  level: ProxyLevel | null;
};

/** The acting citizen with everyone they may act for and the facts the rules need about them. */
function actingForSelect(now: Date) {
  return {
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
            parentsResponsible: {
              select: { parentId: true, parent: { select: { addressId: true } } },
            },
          },
        },
      },
    },
  } as const satisfies Prisma.PersonSelect;
}

type ActingForRow = Prisma.PersonGetPayload<{ select: ReturnType<typeof actingForSelect> }>;

function loadActingFor(db: Db, personId: string, now: Date): Promise<ActingForRow | null> {
  return db.person.findUnique({ where: { id: personId }, select: actingForSelect(now) });
}

function optionsFrom(me: ActingForRow, now: Date): ActingForOption[] {
  const options: ActingForOption[] = [
    {
      personId: me.id,
      name: `${me.givenName} ${me.familyName}`,
      basis: "SELF",
      categories: DATA_CATEGORIES,
      level: null,
    },
  ];
  for (const { child } of me.childrenResponsibleFor) {
    const parents = child.parentsResponsible.map((r) => ({
      personId: r.parentId,
      addressId: r.parent.addressId,
    }));
    const categories = parentalCategories(child, parents, me.id, now);
    if (categories.length > 0) {
      options.push({
        personId: child.id,
        name: `${child.givenName} ${child.familyName}`,
        basis: "PARENTAL",
        categories,
        level: "READ_AND_ACT",
      });
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

/**
 * The access facts for one subject, taken from the acting-for row: the same facts loadAccessFacts
 * reads (the subject, active grants from the subject to the citizen, the subject's responsible
 * parents when the citizen is one of them). A subject who is neither the citizen, a grantor nor
 * their child has no basis under the rules, so null ("not found") is the same answer.
 */
function citizenFactsFrom(me: ActingForRow, subjectId: string): LoadedFacts | null {
  const { grantsReceived, childrenResponsibleFor, ...actorPerson } = me;
  if (subjectId === me.id) return { subject: actorPerson, facts: null };
  const grants = grantsReceived.filter((g) => g.grantor.id === subjectId);
  const child = childrenResponsibleFor.find((r) => r.child.id === subjectId)?.child;
  let subject: SubjectPerson;
  let responsibleParents: CitizenFacts["responsibleParents"] = [];
  if (child) {
    const { parentsResponsible, ...rest } = child;
    subject = rest;
    responsibleParents = parentsResponsible.map((r) => ({
      personId: r.parentId,
      addressId: r.parent.addressId,
    }));
  } else if (grants[0]) {
    subject = grants[0].grantor;
  } else {
    return null;
  }
  return {
    subject,
    facts: {
      kind: "CITIZEN",
      actorPerson,
      grants: grants.map(({ id, level, categories }) => ({ id, level, categories })),
      responsibleParents,
    },
  };
}

/**
 * Everyone this citizen may act for right now: themself, grantors of active usable grants, and
 * children the age rules still allow. Deceased or address-protected people are never offered.
 */
export async function listActingForOptions(
  db: Db,
  actor: Actor,
  now = new Date(),
): Promise<ActingForOption[]> {
  if (actor.kind !== "CITIZEN") return [];
  const me = await loadActingFor(db, actor.personId, now);
  return me ? optionsFrom(me, now) : [];
}

/**
 * A citizen page's shell in one query: what the citizen may do for the subject (as
 * describeSubjectAccess) and whom they may act for (as listActingForOptions).
 */
export async function describeCitizenAccess(
  db: Db,
  actor: Extract<Actor, { kind: "CITIZEN" }>,
  subjectRef: string,
  now = new Date(),
): Promise<{ overview: SubjectOverview | null; options: ActingForOption[] }> {
  const me = await loadActingFor(db, actor.personId, now);
  if (!me) return { overview: null, options: [] };
  const subjectId = resolveSubjectId(actor, subjectRef);
  const loaded = subjectId ? citizenFactsFrom(me, subjectId) : null;
  return {
    overview: loaded ? overviewFrom(actor, loaded, now) : null,
    options: optionsFrom(me, now),
  };
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
  return loaded ? overviewFrom(actor, loaded, now) : null;
}

function overviewFrom(actor: Actor, loaded: LoadedFacts, now: Date): SubjectOverview | null {
  const check = (category: DataCategory, action: "READ" | "UPDATE") =>
    decide({ actor, subject: loaded.subject, facts: loaded.facts, category, action, now }).allowed;
  const readable = DATA_CATEGORIES.filter((c) => check(c, "READ"));
  if (readable.length === 0) return null;
  return {
    subject: loaded.subject,
    isSelf: actor.kind === "CITIZEN" && actor.personId === loaded.subject.id,
    readable,
    actionable: DATA_CATEGORIES.filter((c) => check(c, "UPDATE")),
  };
}
