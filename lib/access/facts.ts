import type { Tx } from "@/lib/db/client";
import type { Actor } from "./actor";
import { loadEmergencyEligibility } from "./health-personnel";
import {
  relationsReachEveryCategory,
  type CareUnitFacts,
  type CitizenFacts,
  type ClinicianFacts,
  type PersonFacts,
} from "./rules";

/** The person columns the rules need (facts about the subject), plus the name to show. */
export const personFactsSelect = {
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
export type LoadedFacts = { subject: SubjectPerson; facts: CitizenFacts | ClinicianFacts | null };

const activeAt = (now: Date) => ({
  validFrom: { lte: now },
  OR: [{ validUntil: null }, { validUntil: { gte: now } }],
});

/** Every active care relation of the clinician's units with the subject: its kind decides what it opens. */
const careRelationsSelect = (actor: Extract<Actor, { kind: "CLINICIAN" }>, now: Date) => ({
  where: { unitId: { in: actor.units.map((u) => u.id) }, ...activeAt(now) },
  select: {
    unitId: true,
    kind: true,
    unit: {
      select: { name: true, organisationId: true, organisation: { select: { name: true } } },
    },
  },
  orderBy: [{ validFrom: "asc" as const }, { id: "asc" as const }],
});

function toCareUnit(c: {
  unitId: string;
  kind: CareUnitFacts["kind"];
  unit: { name: string; organisationId: string; organisation: { name: string } };
}): CareUnitFacts {
  return {
    unitId: c.unitId,
    unitName: c.unit.name,
    organisationId: c.unit.organisationId,
    organisationName: c.unit.organisation.name,
    kind: c.kind,
  };
}

/**
 * Loads the subject and every fact the rules need in one round of queries (constant per request,
 * whatever the data size). Returns null when the subject does not exist.
 */
export async function loadAccessFacts(
  tx: Tx,
  actor: Actor,
  subjectId: string,
  now: Date,
): Promise<LoadedFacts | null> {
  if (actor.kind === "CITIZEN") {
    if (subjectId === actor.personId) {
      const subject = await tx.person.findUnique({
        where: { id: subjectId },
        select: personFactsSelect,
      });
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
        careRelations: careRelationsSelect(actor, now),
        shieldings: {
          where: { clinicianId: actor.clinicianId, liftedAt: null },
          select: { id: true },
          take: 1,
        },
        emergencyAccesses: {
          where: {
            clinicianId: actor.clinicianId,
            startedAt: { lte: now },
            expiresAt: { gt: now },
          },
          orderBy: { startedAt: "desc" },
          select: { reason: true },
          take: 1,
        },
      },
    });
    if (!subject) return null;
    const { careRelations, shieldings, emergencyAccesses, ...subjectFacts } = subject;
    // Only where no care relation reaches every category can emergency access matter (a self-booked
    // visit opens that contact, not the rest): one more statement, then.
    const careUnits = careRelations.map(toCareUnit);
    const emergency = relationsReachEveryCategory(careUnits)
      ? undefined
      : await loadEmergencyEligibility(tx, actor.clinicianId, now);
    return {
      subject: subjectFacts,
      facts: {
        kind: "CLINICIAN",
        careUnits,
        shielded: shieldings.length > 0,
        emergencyReason: emergencyAccesses[0]?.reason ?? null,
        ...(emergency ? { emergency } : {}),
      },
    };
  }

  const subject = await tx.person.findUnique({
    where: { id: subjectId },
    select: personFactsSelect,
  });
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
      careRelations: careRelationsSelect(actor, now),
      shieldings: {
        where: { clinicianId: actor.clinicianId, liftedAt: null },
        select: { id: true },
        take: 1,
      },
    },
  });
  return new Map(
    people.map(({ careRelations, shieldings, ...subject }) => [
      subject.id,
      {
        subject,
        facts: {
          kind: "CLINICIAN" as const,
          careUnits: careRelations.map(toCareUnit),
          shielded: shieldings.length > 0,
          // Work lists show the unit's own patients: they go by care relation, never by emergency.
          emergencyReason: null,
        },
      },
    ]),
  );
}
