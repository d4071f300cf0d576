/**
 * The fixed, documented people of the demo region. Tests, e2e specs and the README name them by
 * these ids. All names are invented (common placeholder names).
 *
 * Citizens' ages hold whenever the seed runs: each is born on 1 January of (this year − age), so the
 * age is exact all year and their synthetic national ids only change on New Year's Day.
 * Clinicians and admins have fixed birth dates, so their national ids never change.
 */
import type { AddressProtection, CareRelationKind, UnitRole } from "@/lib/generated/prisma/enums";
import { calendarDate, osloToday } from "@/lib/identity/age";
import { startOfOsloDay } from "@/lib/time/oslo";
import type { SeedContext, SeedStep, SeededPerson } from "./context";
import { seedId } from "./ids";
import { NationalIdAllocator, type Sex } from "./national-ids";
import { FJORDVIK_MUNICIPALITY_CODE, ORG_IDS, UNIT_IDS, type UnitKey } from "./organisations";

interface DemoAddressDef {
  street: string;
  postalCode: string;
}

interface DemoCitizenDef {
  givenName: string;
  familyName: string;
  sex: Sex;
  age: number;
  /** Key into DEMO_ADDRESSES; null for a person whose address is not disclosed (kode 6). */
  address: keyof typeof DEMO_ADDRESSES | null;
  gp: "gp1" | "gp2";
  addressProtection?: AddressProtection;
  consentCompetent?: boolean;
  /** Died this many days before the seed's today. */
  diedDaysAgo?: number;
  email?: string;
  phone?: string;
  /** What the person is for, in a line (README and reports). */
  purpose: string;
}

export const DEMO_ADDRESSES = {
  nordmann: { street: "Fjordvegen 12", postalCode: "7190" },
  perHansen: { street: "Sjøbakken 3", postalCode: "7191" },
  ingridHansen: { street: "Lyngveien 7", postalCode: "7192" },
  berntsen: { street: "Bjørkelia 4", postalCode: "7190" },
  solberg: { street: "Kaiveien 15", postalCode: "7193" },
  strandGrandmother: { street: "Elvebakken 2", postalCode: "7194" },
  strandParents: { street: "Storgata 21", postalCode: "7190" },
  lund: { street: "Furuveien 9", postalCode: "7192" },
  moen: { street: "Kirkeveien 5", postalCode: "7191" },
  careHome: { street: "Omsorgsveien 1 (Fjordvik bo- og omsorgssenter)", postalCode: "7191" },
} as const satisfies Record<string, DemoAddressDef>;

export type DemoAddressKey = keyof typeof DEMO_ADDRESSES;

/** Fixed address ids. */
export const DEMO_ADDRESS_IDS = Object.fromEntries(
  Object.keys(DEMO_ADDRESSES).map((k) => [k, seedId(`address:demo:${k}`)]),
) as Record<DemoAddressKey, string>;

const CITIZENS = {
  kari: {
    givenName: "Kari",
    familyName: "Nordmann",
    sex: "female",
    age: 42,
    address: "nordmann",
    gp: "gp1",
    email: "kari.nordmann@example.org",
    phone: "+4709000001",
    purpose:
      "Adult citizen; mother of Emma (10), Jonas (14), Sofie (17) at her address: parental rules",
  },
  ola: {
    givenName: "Ola",
    familyName: "Nordmann",
    sex: "male",
    age: 44,
    address: "nordmann",
    gp: "gp1",
    email: "ola.nordmann@example.org",
    phone: "+4709000002",
    purpose: "Kari's partner, also has parental responsibility for the three children",
  },
  emma: {
    givenName: "Emma",
    familyName: "Nordmann",
    sex: "female",
    age: 10,
    address: "nordmann",
    gp: "gp1",
    purpose: "Child under 12: parents act for her automatically",
  },
  jonas: {
    givenName: "Jonas",
    familyName: "Nordmann",
    sex: "male",
    age: 14,
    address: "nordmann",
    gp: "gp1",
    phone: "+4709000003",
    purpose: "Child 12-15: parents see appointments and vaccines only",
  },
  sofie: {
    givenName: "Sofie",
    familyName: "Nordmann",
    sex: "female",
    age: 17,
    address: "nordmann",
    gp: "gp1",
    email: "sofie.nordmann@example.invalid",
    phone: "+4709000004",
    purpose: "Young person 16-17: decides alone; parents need a proxy",
  },
  perHansen: {
    givenName: "Per",
    familyName: "Hansen",
    sex: "male",
    age: 84,
    address: "perHansen",
    gp: "gp1",
    email: "per.hansen@example.invalid",
    phone: "+4709000005",
    purpose: "Elderly citizen (84) with home nursing; will give his daughter Ingrid a proxy",
  },
  ingridHansen: {
    givenName: "Ingrid",
    familyName: "Hansen",
    sex: "female",
    age: 52,
    address: "ingridHansen",
    gp: "gp2",
    email: "ingrid.hansen@example.org",
    phone: "+4709000006",
    purpose: "Per's daughter at another address; proxy receiver",
  },
  noahBerntsen: {
    givenName: "Noah",
    familyName: "Berntsen",
    sex: "male",
    age: 9,
    address: "berntsen",
    gp: "gp1",
    purpose: "Child under 12 whose parents live apart: only his mother lives at his address",
  },
  marteBerntsen: {
    givenName: "Marte",
    familyName: "Berntsen",
    sex: "female",
    age: 38,
    address: "berntsen",
    gp: "gp1",
    email: "marte.berntsen@example.org",
    phone: "+4709000007",
    purpose: "Noah's mother, responsible and living with him",
  },
  henrikSolberg: {
    givenName: "Henrik",
    familyName: "Solberg",
    sex: "male",
    age: 40,
    address: "solberg",
    gp: "gp2",
    email: "henrik.solberg@example.org",
    phone: "+4709000008",
    purpose: "Noah's father, responsible but living at another address",
  },
  ellaStrand: {
    givenName: "Ella",
    familyName: "Strand",
    sex: "female",
    age: 7,
    address: "strandGrandmother",
    gp: "gp2",
    purpose: "Child under 12 living with her grandmother: no responsible parent at her address",
  },
  randiStrand: {
    givenName: "Randi",
    familyName: "Strand",
    sex: "female",
    age: 68,
    address: "strandGrandmother",
    gp: "gp2",
    email: "randi.strand@example.invalid",
    phone: "+4709000009",
    purpose: "Ella's grandmother; lives with her but has no parental responsibility",
  },
  eirikStrand: {
    givenName: "Eirik",
    familyName: "Strand",
    sex: "male",
    age: 35,
    address: "strandParents",
    gp: "gp2",
    email: "eirik.strand@example.org",
    phone: "+4709000010",
    purpose: "Ella's father, responsible, lives elsewhere",
  },
  camillaDahl: {
    givenName: "Camilla",
    familyName: "Dahl",
    sex: "female",
    age: 33,
    address: "strandParents",
    gp: "gp2",
    email: "camilla.dahl@example.org",
    phone: "+4709000011",
    purpose: "Ella's mother, responsible, lives elsewhere",
  },
  siljeHaugen: {
    givenName: "Silje",
    familyName: "Haugen",
    sex: "female",
    age: 34,
    address: null,
    gp: "gp2",
    addressProtection: "STRICTLY_CONFIDENTIAL",
    phone: "+4709000012",
    purpose: "Strictly confidential address (kode 6): can neither give nor receive a proxy",
  },
  oskarLund: {
    givenName: "Oskar",
    familyName: "Lund",
    sex: "male",
    age: 8,
    address: "lund",
    gp: "gp1",
    addressProtection: "CONFIDENTIAL",
    purpose: "Child with a confidential address (kode 7): no parent acts for him in the portal",
  },
  mariLund: {
    givenName: "Mari",
    familyName: "Lund",
    sex: "female",
    age: 36,
    address: "lund",
    gp: "gp1",
    email: "mari.lund@example.org",
    phone: "+4709000013",
    purpose: "Oskar's mother, responsible and at his address",
  },
  knutMoen: {
    givenName: "Knut",
    familyName: "Moen",
    sex: "male",
    age: 88,
    address: "moen",
    gp: "gp1",
    diedDaysAgo: 40,
    purpose: "Deceased 40 days before the seed: never offered to act for or as next of kin",
  },
  solveigMoen: {
    givenName: "Solveig",
    familyName: "Moen",
    sex: "female",
    age: 85,
    address: "moen",
    gp: "gp1",
    email: "solveig.moen@example.invalid",
    phone: "+4709000014",
    purpose: "Knut's widow",
  },
  arneLie: {
    givenName: "Arne",
    familyName: "Lie",
    sex: "male",
    age: 61,
    address: "careHome",
    gp: "gp2",
    consentCompetent: false,
    purpose: "Adult lacking consent competence: cannot give a proxy",
  },
} as const satisfies Record<string, DemoCitizenDef>;

export type DemoCitizenKey = keyof typeof CITIZENS;

/** Parental responsibility among the demo citizens: [parent, child]. */
const RESPONSIBILITIES: ReadonlyArray<readonly [DemoCitizenKey, DemoCitizenKey]> = [
  ["kari", "emma"],
  ["kari", "jonas"],
  ["kari", "sofie"],
  ["ola", "emma"],
  ["ola", "jonas"],
  ["ola", "sofie"],
  ["marteBerntsen", "noahBerntsen"],
  ["henrikSolberg", "noahBerntsen"],
  ["eirikStrand", "ellaStrand"],
  ["camillaDahl", "ellaStrand"],
  ["mariLund", "oskarLund"],
];

/** Care relations beyond the GP list (which every citizen gets in the care-relations step). */
const CARE: ReadonlyArray<{
  who: DemoCitizenKey;
  unit: UnitKey;
  kind: CareRelationKind;
  daysAgo: number;
}> = [
  { who: "perHansen", unit: "homeNursing", kind: "ENROLMENT", daysAgo: 400 },
  { who: "perHansen", unit: "internalMedicine", kind: "REFERRAL", daysAgo: 20 },
  { who: "kari", unit: "orthopaedics", kind: "REFERRAL", daysAgo: 30 },
  { who: "kari", unit: "physiotherapy", kind: "ENROLMENT", daysAgo: 14 },
  { who: "emma", unit: "healthStation", kind: "ENROLMENT", daysAgo: 2000 },
  { who: "jonas", unit: "healthStation", kind: "ENROLMENT", daysAgo: 3000 },
  { who: "sofie", unit: "paediatrics", kind: "REFERRAL", daysAgo: 60 },
  { who: "ellaStrand", unit: "paediatrics", kind: "REFERRAL", daysAgo: 45 },
  { who: "arneLie", unit: "homeNursing", kind: "ENROLMENT", daysAgo: 700 },
];

interface DemoClinicianDef {
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: Date;
  profession: string;
  hprNumber: string | null;
  units: ReadonlyArray<{ unit: UnitKey; role: UnitRole }>;
  adminOf?: ReadonlyArray<keyof typeof ORG_IDS>;
  purpose: string;
}

const CLINICIANS = {
  liseBerg: {
    givenName: "Lise",
    familyName: "Berg",
    sex: "female",
    birthDate: calendarDate(1978, 4, 22),
    profession: "lege",
    hprNumber: "990100010",
    units: [
      { unit: "gp1", role: "LEAD" },
      { unit: "emergencyWard", role: "MEMBER" },
    ],
    purpose:
      "GP (fastlege) and lead of Fjordvik legesenter; the Nordmanns and Per Hansen are on her list",
  },
  anneJohansen: {
    givenName: "Anne",
    familyName: "Johansen",
    sex: "female",
    birthDate: calendarDate(1985, 9, 3),
    profession: "sykepleier",
    hprNumber: "990100028",
    units: [{ unit: "homeNursing", role: "MEMBER" }],
    purpose: "Nurse in home nursing (hjemmesykepleien); Per Hansen is enrolled there",
  },
  torBakken: {
    givenName: "Tor",
    familyName: "Bakken",
    sex: "male",
    birthDate: calendarDate(1972, 11, 30),
    profession: "rådgiver",
    hprNumber: null,
    units: [],
    adminOf: ["municipality"],
    purpose:
      "Organisation admin of Fjordvik kommune (routing, backup inboxes); sees no health data",
  },
  hildeAas: {
    givenName: "Hilde",
    familyName: "Aas",
    sex: "female",
    birthDate: calendarDate(1980, 2, 14),
    profession: "rådgiver",
    hprNumber: null,
    units: [],
    adminOf: ["hospital"],
    purpose: "Organisation admin of Fjordvik sykehus",
  },
} as const satisfies Record<string, DemoClinicianDef>;

export type DemoClinicianKey = keyof typeof CLINICIANS;

const personKey = (k: DemoCitizenKey) => `person:demo:${k}`;
const clinicianKey = (k: DemoClinicianKey) => `clinician:demo:${k}`;

/** Fixed person ids of the demo citizens. */
export const DEMO_PERSON_IDS = Object.fromEntries(
  (Object.keys(CITIZENS) as DemoCitizenKey[]).map((k) => [k, seedId(personKey(k))]),
) as Record<DemoCitizenKey, string>;

/** Fixed clinician ids of the demo clinicians and admins. */
export const DEMO_CLINICIAN_IDS = Object.fromEntries(
  (Object.keys(CLINICIANS) as DemoClinicianKey[]).map((k) => [k, seedId(clinicianKey(k))]),
) as Record<DemoClinicianKey, string>;

/** Born on 1 January of (this Oslo year − age): exactly `age` all year. */
function newYearBirthDate(age: number, today: Date): Date {
  return calendarDate(today.getUTCFullYear() - age, 1, 1);
}

export interface DemoCitizen {
  key: DemoCitizenKey;
  id: string;
  nationalId: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: Date;
  deathDate: Date | null;
  age: number;
  addressId: string | null;
  addressProtection: AddressProtection;
  consentCompetent: boolean;
  email: string | null;
  phone: string | null;
  gpUnitId: string;
  purpose: string;
}

export interface DemoClinician {
  key: DemoClinicianKey;
  id: string;
  nationalId: string;
  hprNumber: string | null;
  givenName: string;
  familyName: string;
  birthDate: Date;
  profession: string;
  units: ReadonlyArray<{ unitId: string; role: UnitRole }>;
  adminOf: readonly string[];
  purpose: string;
}

export interface DemoRegion {
  citizens: Record<DemoCitizenKey, DemoCitizen>;
  clinicians: Record<DemoClinicianKey, DemoClinician>;
}

/**
 * The demo people as they are seeded on the Oslo day of `now`: a pure function, so tests can name
 * a demo person's national id without reading the database. National ids are allocated first, in
 * this fixed order, from a fresh allocator — the seed then reserves them.
 */
export function demoRegion(now: Date = new Date()): DemoRegion {
  const today = osloToday(now);
  const allocator = new NationalIdAllocator("down");
  const citizens = {} as Record<DemoCitizenKey, DemoCitizen>;
  for (const key of Object.keys(CITIZENS) as DemoCitizenKey[]) {
    const def: DemoCitizenDef = CITIZENS[key];
    const birthDate = newYearBirthDate(def.age, today);
    citizens[key] = {
      key,
      id: DEMO_PERSON_IDS[key],
      nationalId: allocator.allocate(birthDate, def.sex),
      givenName: def.givenName,
      familyName: def.familyName,
      sex: def.sex,
      birthDate,
      deathDate:
        def.diedDaysAgo === undefined
          ? null
          : new Date(today.getTime() - def.diedDaysAgo * 86_400_000),
      age: def.age,
      addressId: def.address === null ? null : DEMO_ADDRESS_IDS[def.address],
      addressProtection: def.addressProtection ?? "NONE",
      consentCompetent: def.consentCompetent ?? true,
      email: def.email ?? null,
      phone: def.phone ?? null,
      gpUnitId: UNIT_IDS[def.gp],
      purpose: def.purpose,
    };
  }
  const clinicians = {} as Record<DemoClinicianKey, DemoClinician>;
  for (const key of Object.keys(CLINICIANS) as DemoClinicianKey[]) {
    const def: DemoClinicianDef = CLINICIANS[key];
    clinicians[key] = {
      key,
      id: DEMO_CLINICIAN_IDS[key],
      nationalId: allocator.allocate(def.birthDate, def.sex),
      hprNumber: def.hprNumber,
      givenName: def.givenName,
      familyName: def.familyName,
      birthDate: def.birthDate,
      profession: def.profession,
      units: def.units.map((u) => ({ unitId: UNIT_IDS[u.unit], role: u.role })),
      adminOf: (def.adminOf ?? []).map((o) => ORG_IDS[o]),
      purpose: def.purpose,
    };
  }
  return { citizens, clinicians };
}

/** Writes the demo region; must be the first step that allocates national ids. */
export const demoPeopleStep: SeedStep = {
  name: "demo-people",
  async run(db, ctx: SeedContext) {
    const region = demoRegion(ctx.now);
    const citizens = Object.values(region.citizens);
    const clinicians = Object.values(region.clinicians);
    for (const p of citizens) ctx.nationalIds.reserve(p.nationalId);
    for (const c of clinicians) ctx.nationalIds.reserve(c.nationalId);

    await db.address.createMany({
      data: (Object.keys(DEMO_ADDRESSES) as DemoAddressKey[]).map((k) => ({
        id: DEMO_ADDRESS_IDS[k],
        street: DEMO_ADDRESSES[k].street,
        postalCode: DEMO_ADDRESSES[k].postalCode,
        city: "Fjordvik",
        municipalityCode: FJORDVIK_MUNICIPALITY_CODE,
      })),
    });
    await db.person.createMany({
      data: citizens.map((p) => ({
        id: p.id,
        nationalId: p.nationalId,
        givenName: p.givenName,
        familyName: p.familyName,
        birthDate: p.birthDate,
        deathDate: p.deathDate,
        addressProtection: p.addressProtection,
        consentCompetent: p.consentCompetent,
        addressId: p.addressId,
        email: p.email,
        phone: p.phone,
      })),
    });
    await db.parentalResponsibility.createMany({
      data: RESPONSIBILITIES.map(([parent, child]) => ({
        parentId: DEMO_PERSON_IDS[parent],
        childId: DEMO_PERSON_IDS[child],
      })),
    });
    await db.careRelation.createMany({
      data: CARE.map((c) => ({
        id: seedId(`care:${personKey(c.who)}:${c.unit}:${c.kind}`),
        personId: DEMO_PERSON_IDS[c.who],
        unitId: UNIT_IDS[c.unit],
        kind: c.kind,
        validFrom: daysBeforeStartOfDay(ctx.today, c.daysAgo),
      })),
    });
    await db.clinician.createMany({
      data: clinicians.map((c) => ({
        id: c.id,
        hprNumber: c.hprNumber,
        nationalId: c.nationalId,
        givenName: c.givenName,
        familyName: c.familyName,
        profession: c.profession,
      })),
    });
    await db.unitMembership.createMany({
      data: clinicians.flatMap((c) =>
        c.units.map((u) => ({ clinicianId: c.id, unitId: u.unitId, role: u.role })),
      ),
    });
    await db.organisationAdmin.createMany({
      data: clinicians.flatMap((c) =>
        c.adminOf.map((organisationId) => ({ clinicianId: c.id, organisationId })),
      ),
    });

    for (const p of citizens) ctx.people.push(toSeeded(p));
    return `${citizens.length} citizens, ${clinicians.length} clinicians/admins`;
  },
};

function toSeeded(p: DemoCitizen): SeededPerson {
  return {
    id: p.id,
    key: personKey(p.key),
    sex: p.sex,
    birthDate: p.birthDate,
    deathDate: p.deathDate,
    addressId: p.addressId,
    gpUnit: CITIZENS[p.key].gp,
    consentCompetent: p.consentCompetent,
  };
}

/** The instant the Oslo day `days` before `today` began (care relations start at local midnight). */
export function daysBeforeStartOfDay(today: Date, days: number): Date {
  const d = new Date(today.getTime() - days * 86_400_000);
  return startOfOsloDay(d.toISOString().slice(0, 10));
}
