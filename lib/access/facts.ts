import type { Tx } from "@/lib/db/client";
import type { Actor } from "./actor";
import { loadEmergencyEligibility } from "./health-personnel";
import type { CitizenFacts, ClinicianFacts, PersonFacts } from "./rules";

const personFactsSelect = {
  id: true,
  givenName: true,
  familyName: true,
  birthDate: true,
  deathDate: true,
  addressProtection: true,
  addressId: true,
  consentCompetent: true,
} as const;

export type SubjectPerson = PersonFacts & { givenName: string; familyName: string };

const activeAt = (now: Date) => ({
  validFrom: { lte: now },
  OR: [{ validUntil: null }, { validUntil: { gte: now } }],
});

/**
 * Loads the subject and every fact the rules need in one round of queries (constant per request,
 * whatever the data size). Returns null when the subject does not exist.
 */
export async function loadAccessFacts(
  tx: Tx,
  actor: Actor,
  subjectId: string,
  now: Date,
): Promise<{ subject: SubjectPerson; facts: CitizenFacts | ClinicianFacts | null } | null> {
  if (actor.kind === "CITIZEN") {
    if (subjectId === actor.personId) {
      const subject = await tx.person.findUnique({ where: { id: subjectId }, select: personFactsSelect });
      return subject ? { subject, facts: null } : null;
    }
    const people = await tx.person.findMany({
      where: { id: { in: [subjectId, actor.personId] } },
      select: {
        ...personFactsSelect,
        grantsGiven: {
          where: { granteeId: actor.personId, endedAt: null, ...activeAt(now) },
          select: { id: true, level: true, categories: true },
        },
        parentsResponsible: { select: { parentId: true, parent: { select: { addressId: true } } } },
      },
    });
    const subject = people.find((p) => p.id === subjectId);
    const actorPerson = people.find((p) => p.id === actor.personId);
    if (!subject || !actorPerson) return null;
    const { grantsGiven, parentsResponsible, ...subjectFacts } = subject;
    return {
      subject: subjectFacts,
      facts: {
        kind: "CITIZEN",
        actorPerson,
        grants: grantsGiven,
        responsibleParents: parentsResponsible.map((r) => ({
          personId: r.parentId,
          addressId: r.parent.addressId,
        })),
      },
    };
  }

  if (actor.kind === "CLINICIAN") {
    const subject = await tx.person.findUnique({
      where: { id: subjectId },
      select: {
        ...personFactsSelect,
        careRelations: {
          where: { unitId: { in: actor.units.map((u) => u.id) }, ...activeAt(now) },
          select: { unitId: true, unit: { select: { name: true, organisation: { select: { name: true } } } } },
          take: 1,
        },
        shieldings: { where: { clinicianId: actor.clinicianId, liftedAt: null }, select: { id: true }, take: 1 },
        emergencyAccesses: {
          where: { clinicianId: actor.clinicianId, startedAt: { lte: now }, expiresAt: { gt: now } },
          orderBy: { startedAt: "desc" },
          select: { reason: true },
          take: 1,
        },
      },
    });
    if (!subject) return null;
    const { careRelations, shieldings, emergencyAccesses, ...subjectFacts } = subject;
    // Only without a care relation can emergency access matter: one more statement, then.
    const emergency = careRelations.length === 0 ? await loadEmergencyEligibility(tx, actor.clinicianId, now) : undefined;
    return {
      subject: subjectFacts,
      facts: {
        kind: "CLINICIAN",
        careUnits: careRelations.map((c) => ({
          unitId: c.unitId,
          unitName: c.unit.name,
          organisationName: c.unit.organisation.name,
        })),
        shielded: shieldings.length > 0,
        emergencyReason: emergencyAccesses[0]?.reason ?? null,
        ...(emergency ? { emergency } : {}),
      },
    };
  }

  const subject = await tx.person.findUnique({ where: { id: subjectId }, select: personFactsSelect });
  return subject ? { subject, facts: null } : null;
}

/** Clinician facts for many subjects at once (work lists), in one query. */
export async function loadClinicianFactsMany(
  tx: Tx,
  actor: Extract<Actor, { kind: "CLINICIAN" }>,
  subjectIds: readonly string[],
  now: Date,
): Promise<Map<string, { subject: SubjectPerson; facts: ClinicianFacts }>> {
  const people = await tx.person.findMany({
    where: { id: { in: [...new Set(subjectIds)] } },
    select: {
      ...personFactsSelect,
      careRelations: {
        where: { unitId: { in: actor.units.map((u) => u.id) }, ...activeAt(now) },
        select: { unitId: true, unit: { select: { name: true, organisation: { select: { name: true } } } } },
        take: 1,
      },
      shieldings: { where: { clinicianId: actor.clinicianId, liftedAt: null }, select: { id: true }, take: 1 },
    },
  });
  return new Map(
    people.map(({ careRelations, shieldings, ...subject }) => [
      subject.id,
      {
        subject,
        facts: {
          kind: "CLINICIAN" as const,
          careUnits: careRelations.map((c) => ({
            unitId: c.unitId,
            unitName: c.unit.name,
            organisationName: c.unit.organisation.name,
          })),
          shielded: shieldings.length > 0,
          // Work lists show the unit's own patients: they go by care relation, never by emergency.
          emergencyReason: null,
        },
      },
    ]),
  );
}
