import type { UnitRole } from "@/lib/generated/prisma/enums";
import { calendarDate } from "@/lib/identity/age";
import type { SeedStep } from "./context";
import { seedId } from "./ids";
import type { Sex } from "./national-ids";
import { UNIT_IDS, type UnitKey } from "./organisations";

interface StaffDef {
  key: string;
  profession: string;
  units: ReadonlyArray<readonly [UnitKey, UnitRole]>;
}

/**
 * The region's other clinicians (the demo ones live in demo-people.ts). Every unit has a LEAD;
 * a few people work in two units, as GPs on the emergency rota do. Names are drawn per key.
 */
export const STAFF: readonly StaffDef[] = [
  { key: "gp1-lege-2", profession: "lege", units: [["gp1", "MEMBER"]] },
  {
    key: "gp1-lege-3",
    profession: "lege",
    units: [
      ["gp1", "MEMBER"],
      ["emergencyWard", "MEMBER"],
    ],
  },
  { key: "gp1-sykepleier", profession: "sykepleier", units: [["gp1", "MEMBER"]] },
  { key: "gp2-lege-1", profession: "lege", units: [["gp2", "LEAD"]] },
  {
    key: "gp2-lege-2",
    profession: "lege",
    units: [
      ["gp2", "MEMBER"],
      ["emergencyWard", "MEMBER"],
    ],
  },
  { key: "gp2-lege-3", profession: "lege", units: [["gp2", "MEMBER"]] },
  { key: "gp2-sykepleier", profession: "sykepleier", units: [["gp2", "MEMBER"]] },
  { key: "hjemmesykepleie-leder", profession: "sykepleier", units: [["homeNursing", "LEAD"]] },
  { key: "hjemmesykepleie-2", profession: "sykepleier", units: [["homeNursing", "MEMBER"]] },
  { key: "hjemmesykepleie-3", profession: "sykepleier", units: [["homeNursing", "MEMBER"]] },
  { key: "hjemmesykepleie-4", profession: "helsefagarbeider", units: [["homeNursing", "MEMBER"]] },
  { key: "fysioterapi-1", profession: "fysioterapeut", units: [["physiotherapy", "LEAD"]] },
  { key: "fysioterapi-2", profession: "fysioterapeut", units: [["physiotherapy", "MEMBER"]] },
  { key: "psykisk-helse-1", profession: "psykolog", units: [["mentalHealth", "LEAD"]] },
  { key: "psykisk-helse-2", profession: "psykolog", units: [["mentalHealth", "MEMBER"]] },
  {
    key: "psykisk-helse-3",
    profession: "sykepleier",
    units: [
      ["mentalHealth", "MEMBER"],
      ["substanceAbuse", "MEMBER"],
    ],
  },
  { key: "rus-1", profession: "vernepleier", units: [["substanceAbuse", "LEAD"]] },
  { key: "helsestasjon-1", profession: "helsesykepleier", units: [["healthStation", "LEAD"]] },
  { key: "helsestasjon-2", profession: "helsesykepleier", units: [["healthStation", "MEMBER"]] },
  { key: "helsestasjon-3", profession: "jordmor", units: [["healthStation", "MEMBER"]] },
  { key: "legevakt-1", profession: "lege", units: [["emergencyWard", "LEAD"]] },
  { key: "legevakt-2", profession: "sykepleier", units: [["emergencyWard", "MEMBER"]] },
  { key: "indremedisin-1", profession: "lege", units: [["internalMedicine", "LEAD"]] },
  { key: "indremedisin-2", profession: "lege", units: [["internalMedicine", "MEMBER"]] },
  { key: "indremedisin-3", profession: "sykepleier", units: [["internalMedicine", "MEMBER"]] },
  { key: "ortopedi-1", profession: "lege", units: [["orthopaedics", "LEAD"]] },
  { key: "ortopedi-2", profession: "fysioterapeut", units: [["orthopaedics", "MEMBER"]] },
  { key: "barn-1", profession: "lege", units: [["paediatrics", "LEAD"]] },
  { key: "barn-2", profession: "sykepleier", units: [["paediatrics", "MEMBER"]] },
];

const staffKey = (key: string) => `clinician:staff:${key}`;

/** Fixed clinician ids of the staff, by key (e.g. STAFF_IDS["indremedisin-1"]). */
export const STAFF_IDS: Readonly<Record<string, string>> = Object.fromEntries(
  STAFF.map((s) => [s.key, seedId(staffKey(s.key))]),
);

/** Invented 9-digit HPR numbers in a block of our own (demo clinicians use 9901xxxxx). */
export function staffHprNumber(index: number): string {
  return String(990_200_000 + index * 17);
}

export const cliniciansStep: SeedStep = {
  name: "clinicians",
  async run(db, ctx) {
    const rows = STAFF.map((s, i) => {
      const f = ctx.faker(staffKey(s.key));
      const sex: Sex = f.helpers.arrayElement(["female", "male"] as const);
      // Fixed birth dates (not relative to today), so a clinician's national id never changes.
      const birthDate = calendarDate(
        f.number.int({ min: 1962, max: 1996 }),
        f.number.int({ min: 1, max: 12 }),
        f.number.int({ min: 1, max: 28 }),
      );
      return {
        id: seedId(staffKey(s.key)),
        hprNumber: staffHprNumber(i),
        nationalId: ctx.nationalIds.allocate(birthDate, sex),
        givenName: f.person.firstName(sex),
        familyName: f.person.lastName(),
        profession: s.profession,
      };
    });
    await db.clinician.createMany({ data: rows });
    const memberships = STAFF.flatMap((s) =>
      s.units.map(([unit, role]) => ({
        clinicianId: seedId(staffKey(s.key)),
        unitId: UNIT_IDS[unit],
        role,
      })),
    );
    await db.unitMembership.createMany({ data: memberships });
    return `${rows.length} clinicians, ${memberships.length} unit memberships`;
  },
};
