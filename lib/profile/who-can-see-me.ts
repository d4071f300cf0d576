import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { requireCitizenSide } from "./citizen-side";
import {
  PARENTAL_ENDS_AT_AGE,
  PARENTAL_FULL_UNTIL_AGE,
  parentalCategories,
  proxyUsable,
} from "@/lib/access/rules";
import type { Db } from "@/lib/db/client";
import type { CareRelationKind, DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";

export type GrantLine = {
  grantId: string;
  personId: string;
  name: string;
  level: ProxyLevel;
  categories: DataCategory[];
  validUntil: Date | null;
  /** False while the grant cannot be used (e.g. a confidential address, an age rule): shown, marked. */
  usable: boolean;
};

export type ParentLine = {
  personId: string;
  name: string;
  /** What the parent may see today: everything, or practical things only (appointments, vaccines). */
  reach: "full" | "limited";
  categories: readonly DataCategory[];
  /** The birthday on which today's reach ends (12th: becomes limited; 16th: ends). */
  until: Date;
  untilAge: number;
};

export type CareRelationLine = {
  unitName: string;
  organisationName: string;
  kind: CareRelationKind;
  validFrom: Date;
  validUntil: Date | null;
};

export type ShieldedLine = { clinicianId: string; name: string; profession: string; since: Date };

export type WhoCanSeeMe = {
  isSelf: boolean;
  /** Grants this person gave: who can see them, and how much. */
  grantsGiven: GrantLine[];
  /** Grants this person received: whose records they can see. */
  grantsReceived: GrantLine[];
  parents: ParentLine[];
  careRelations: CareRelationLine[];
  shielded: ShieldedLine[];
};

const partySelect = {
  id: true,
  givenName: true,
  familyName: true,
  birthDate: true,
  deathDate: true,
  addressProtection: true,
  consentCompetent: true,
} as const;

/** The birthday on which a person turns `age` (a calendar date, stored as UTC midnight). */
function birthday(birthDate: Date, age: number): Date {
  return new Date(
    Date.UTC(birthDate.getUTCFullYear() + age, birthDate.getUTCMonth(), birthDate.getUTCDate()),
  );
}

/**
 * "Hvem kan se meg": in one place everyone who can see this person's record today and why: proxy
 * grants both ways, parents and until which birthday (the rules' own ages and parentalCategories),
 * units with a care relation and until when, and the clinicians the person has shielded. PROFILE,
 * READ through the gate, logged. Statements: the gate's facts, one read with its relations joined,
 * the log entry, whatever the number of lines.
 */
export async function whoCanSeeMe(
  db: Db,
  actor: Actor,
  subject: string,
  now = new Date(),
): Promise<WhoCanSeeMe> {
  return withAccess(
    db,
    actor,
    { subject, category: "PROFILE", action: "READ" },
    async (tx, access) => {
      requireCitizenSide(access);
      const me = access.subject;
      const activeGrant = {
        endedAt: null,
        validFrom: { lte: now },
        OR: [{ validUntil: null }, { validUntil: { gte: now } }],
      };
      const person = await tx.person.findUniqueOrThrow({
        where: { id: me.id },
        select: {
          ...partySelect,
          grantsGiven: {
            where: activeGrant,
            select: {
              id: true,
              level: true,
              categories: true,
              validUntil: true,
              grantee: { select: partySelect },
            },
            orderBy: { createdAt: "asc" },
          },
          grantsReceived: {
            where: activeGrant,
            select: {
              id: true,
              level: true,
              categories: true,
              validUntil: true,
              grantor: { select: partySelect },
            },
            orderBy: { createdAt: "asc" },
          },
          parentsResponsible: {
            select: { parent: { select: { ...partySelect, addressId: true } } },
          },
          careRelations: {
            where: {
              validFrom: { lte: now },
              OR: [{ validUntil: null }, { validUntil: { gte: now } }],
            },
            select: {
              kind: true,
              validFrom: true,
              validUntil: true,
              unit: { select: { name: true, organisation: { select: { name: true } } } },
            },
            orderBy: { validFrom: "asc" },
          },
          shieldings: {
            where: { liftedAt: null },
            select: {
              clinicianId: true,
              createdAt: true,
              clinician: { select: { givenName: true, familyName: true, profession: true } },
            },
            orderBy: { createdAt: "asc" },
          },
        },
      });
      access.item("who_can_see_me", me.id);

      const name = (p: { givenName: string; familyName: string }) =>
        `${p.givenName} ${p.familyName}`;
      const grantsGiven = person.grantsGiven.map((g) => ({
        grantId: g.id,
        personId: g.grantee.id,
        name: name(g.grantee),
        level: g.level,
        categories: g.categories,
        validUntil: g.validUntil,
        usable: proxyUsable(person, g.grantee, now),
      }));
      const grantsReceived = person.grantsReceived.map((g) => ({
        grantId: g.id,
        personId: g.grantor.id,
        name: name(g.grantor),
        level: g.level,
        categories: g.categories,
        validUntil: g.validUntil,
        usable: proxyUsable(g.grantor, person, now),
      }));

      // The same rule the gate applies, asked per parent, so this page can never promise more or less.
      const responsible = person.parentsResponsible.map((r) => ({
        personId: r.parent.id,
        addressId: r.parent.addressId,
      }));
      const parents: ParentLine[] = [];
      for (const { parent } of person.parentsResponsible) {
        if (parent.deathDate) continue;
        const categories = parentalCategories(me, responsible, parent.id, now);
        if (categories.length === 0) continue;
        // Under 12 a parent has every category (PROFILE among them); 12–15 only the limited ones.
        const full = categories.includes("PROFILE");
        const untilAge = full ? PARENTAL_FULL_UNTIL_AGE : PARENTAL_ENDS_AT_AGE;
        parents.push({
          personId: parent.id,
          name: name(parent),
          reach: full ? "full" : "limited",
          categories,
          until: birthday(me.birthDate, untilAge),
          untilAge,
        });
      }

      // Two relations of one unit (an appointment and the GP list) stay two lines: each has its own end.
      const careRelations = person.careRelations.map((c) => ({
        unitName: c.unit.name,
        organisationName: c.unit.organisation.name,
        kind: c.kind,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
      }));
      const seen = new Set<string>();
      const shielded = person.shieldings
        .filter((s) => !seen.has(s.clinicianId) && seen.add(s.clinicianId))
        .map((s) => ({
          clinicianId: s.clinicianId,
          name: name(s.clinician),
          profession: s.clinician.profession,
          since: s.createdAt,
        }));

      return {
        isSelf: access.basis === "SELF",
        grantsGiven,
        grantsReceived,
        parents,
        careRelations,
        shielded,
      };
    },
    { now },
  );
}
