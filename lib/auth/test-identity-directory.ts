import type { DbOrTx } from "@/lib/db/client";
import { activeMembershipWhere, isHealthPersonnel } from "@/lib/access/health-personnel";
import { ageOn } from "@/lib/time/oslo";

/** The people and clinicians offered on the test sign-in page (never used in production). */

export type TestPersonGroup = "adults" | "parents" | "elderly" | "young";
export const TEST_PERSON_GROUPS: readonly TestPersonGroup[] = [
  "adults",
  "parents",
  "elderly",
  "young",
];

export type TestPerson = {
  nationalId: string;
  name: string;
  age: number;
  addressProtected: boolean;
};

export type TestClinician = {
  clinicianId: string;
  name: string;
  profession: string;
  hprNumber: string | null;
  unitName: string | null;
  isOrgAdmin: boolean;
  /** HPR number and an active unit: may sign in as clinician. */
  isHealthPersonnel: boolean;
};

// Enough for the whole default demo region; in a benchmark-size region, type the number instead.
const PER_GROUP = 100;
const ELDERLY_FROM = 67;
const ADULT_FROM = 18;
const YOUNG_FROM = 12;

/** Which list a person belongs to; null for children under 12 (they are not offered). */
export function testPersonGroup(age: number, isParent: boolean): TestPersonGroup | null {
  if (age < YOUNG_FROM) return null;
  if (age < ADULT_FROM) return "young";
  if (isParent) return "parents";
  if (age >= ELDERLY_FROM) return "elderly";
  return "adults";
}

export async function listTestPeople(
  db: DbOrTx,
  now = new Date(),
): Promise<Record<TestPersonGroup, TestPerson[]>> {
  const rows = await db.person.findMany({
    where: { deathDate: null },
    select: {
      nationalId: true,
      givenName: true,
      familyName: true,
      birthDate: true,
      addressProtection: true,
      _count: { select: { childrenResponsibleFor: true } },
    },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    take: 1000,
  });
  const groups: Record<TestPersonGroup, TestPerson[]> = {
    adults: [],
    parents: [],
    elderly: [],
    young: [],
  };
  for (const row of rows) {
    const age = ageOn(row.birthDate, now);
    const group = testPersonGroup(age, row._count.childrenResponsibleFor > 0);
    if (!group || groups[group].length >= PER_GROUP) continue;
    groups[group].push({
      nationalId: row.nationalId,
      name: `${row.givenName} ${row.familyName}`,
      age,
      addressProtected: row.addressProtection !== "NONE",
    });
  }
  return groups;
}

export async function listTestClinicians(db: DbOrTx, now = new Date()): Promise<TestClinician[]> {
  const rows = await db.clinician.findMany({
    select: {
      id: true,
      givenName: true,
      familyName: true,
      profession: true,
      hprNumber: true,
      memberships: {
        where: activeMembershipWhere(now),
        select: { unit: { select: { name: true } } },
        orderBy: { unit: { name: "asc" } },
      },
      _count: { select: { adminOf: true } },
    },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    take: 60,
  });
  return rows.map((row) => ({
    clinicianId: row.id,
    name: `${row.givenName} ${row.familyName}`,
    profession: row.profession,
    hprNumber: row.hprNumber,
    unitName: row.memberships[0]?.unit.name ?? null,
    isOrgAdmin: row._count.adminOf > 0,
    isHealthPersonnel: isHealthPersonnel({
      hprNumber: row.hprNumber,
      activeMemberships: row.memberships.length,
    }),
  }));
}
