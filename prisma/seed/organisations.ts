import type { OrganisationKind, UnitKind } from "@/lib/generated/prisma/enums";
import { completeOrgNumber } from "@/lib/identity/org-number";
import type { SeedStep } from "./context";
import { seedId } from "./ids";

/** Invented municipality number (Trøndelag's 50xx series has no 5099). */
export const FJORDVIK_MUNICIPALITY_CODE = "5099";

/** Invented postal codes for Fjordvik; city names on addresses are always "Fjordvik". */
export const FJORDVIK_POSTAL_CODES = ["7190", "7191", "7192", "7193", "7194"] as const;

interface UnitDef {
  key: string;
  kind: UnitKind;
  name: string;
  selfBooking?: boolean;
  cancellationDeadlineHours?: number;
  replyWorkingDays?: number;
  phone: string;
}

interface OrganisationDef {
  key: string;
  kind: OrganisationKind;
  name: string;
  /** 8 digits starting with 1: real organisation numbers start with 8 or 9, so ours never clash. */
  orgNumberBase: string;
  units: UnitDef[];
}

// Phone numbers start with 0 after +47: no Norwegian 8-digit number does, so an SMS can never reach
// a real person.
export const ORGANISATIONS: readonly OrganisationDef[] = [
  {
    key: "fjordvik-kommune",
    kind: "MUNICIPALITY",
    name: "Fjordvik kommune",
    orgNumberBase: "19871001",
    units: [
      {
        key: "hjemmesykepleie",
        kind: "HOME_NURSING",
        name: "Hjemmesykepleien",
        phone: "+4707100101",
      },
      {
        key: "fysioterapi",
        kind: "PHYSIOTHERAPY",
        name: "Fysioterapitjenesten",
        selfBooking: true,
        phone: "+4707100102",
      },
      { key: "psykisk-helse", kind: "MENTAL_HEALTH", name: "Psykisk helse", phone: "+4707100103" },
      { key: "rus", kind: "SUBSTANCE_ABUSE", name: "Rustjenesten", phone: "+4707100104" },
      {
        key: "helsestasjon",
        kind: "HEALTH_STATION",
        name: "Helsestasjonen",
        selfBooking: true,
        phone: "+4707100105",
      },
      {
        key: "legevakt",
        kind: "EMERGENCY_WARD",
        name: "Fjordvik legevakt",
        cancellationDeadlineHours: 2,
        replyWorkingDays: 1,
        phone: "+4707100106",
      },
    ],
  },
  {
    key: "fjordvik-legesenter",
    kind: "GP_OFFICE",
    name: "Fjordvik legesenter",
    orgNumberBase: "19871002",
    units: [
      {
        key: "fastlege",
        kind: "GP_PRACTICE",
        name: "Fjordvik legesenter",
        replyWorkingDays: 3,
        phone: "+4707100201",
      },
    ],
  },
  {
    key: "havnegata-legekontor",
    kind: "GP_OFFICE",
    name: "Havnegata legekontor",
    orgNumberBase: "19871003",
    units: [
      {
        key: "fastlege",
        kind: "GP_PRACTICE",
        name: "Havnegata legekontor",
        replyWorkingDays: 3,
        phone: "+4707100301",
      },
    ],
  },
  {
    key: "fjordvik-sykehus",
    kind: "HOSPITAL",
    name: "Fjordvik sykehus",
    orgNumberBase: "19871004",
    units: [
      {
        key: "indremedisin",
        kind: "HOSPITAL_DEPARTMENT",
        name: "Indremedisinsk avdeling",
        cancellationDeadlineHours: 48,
        phone: "+4707100401",
      },
      {
        key: "ortopedi",
        kind: "HOSPITAL_DEPARTMENT",
        name: "Ortopedisk avdeling",
        cancellationDeadlineHours: 48,
        phone: "+4707100402",
      },
      {
        key: "barne-og-ungdomsklinikk",
        kind: "HOSPITAL_DEPARTMENT",
        name: "Barne- og ungdomsklinikken",
        cancellationDeadlineHours: 48,
        phone: "+4707100403",
      },
    ],
  },
];

const orgId = (key: string) => seedId(`organisation:${key}`);
const unitId = (orgKey: string, unitKey: string) => seedId(`unit:${orgKey}:${unitKey}`);

/** Fixed ids of the seeded organisations. */
export const ORG_IDS = {
  municipality: orgId("fjordvik-kommune"),
  gpOffice1: orgId("fjordvik-legesenter"),
  gpOffice2: orgId("havnegata-legekontor"),
  hospital: orgId("fjordvik-sykehus"),
} as const;

/** Fixed ids of the seeded units, for tests, docs and later seed modules. */
export const UNIT_IDS = {
  homeNursing: unitId("fjordvik-kommune", "hjemmesykepleie"),
  physiotherapy: unitId("fjordvik-kommune", "fysioterapi"),
  mentalHealth: unitId("fjordvik-kommune", "psykisk-helse"),
  substanceAbuse: unitId("fjordvik-kommune", "rus"),
  healthStation: unitId("fjordvik-kommune", "helsestasjon"),
  emergencyWard: unitId("fjordvik-kommune", "legevakt"),
  gp1: unitId("fjordvik-legesenter", "fastlege"),
  gp2: unitId("havnegata-legekontor", "fastlege"),
  internalMedicine: unitId("fjordvik-sykehus", "indremedisin"),
  orthopaedics: unitId("fjordvik-sykehus", "ortopedi"),
  paediatrics: unitId("fjordvik-sykehus", "barne-og-ungdomsklinikk"),
} as const;

export type UnitKey = keyof typeof UNIT_IDS;

export function orgNumberOf(def: OrganisationDef): string {
  const n = completeOrgNumber(def.orgNumberBase);
  if (n === null) throw new Error(`org number base ${def.orgNumberBase} has no valid check digit`);
  return n;
}

export const organisationsStep: SeedStep = {
  name: "organisations",
  async run(db) {
    const organisations = ORGANISATIONS.map((o) => ({
      id: orgId(o.key),
      kind: o.kind,
      name: o.name,
      orgNumber: orgNumberOf(o),
      municipalityCode: FJORDVIK_MUNICIPALITY_CODE,
    }));
    const units = ORGANISATIONS.flatMap((o) =>
      o.units.map((u) => ({
        id: unitId(o.key, u.key),
        organisationId: orgId(o.key),
        kind: u.kind,
        name: u.name,
        selfBooking: u.selfBooking ?? false,
        cancellationDeadlineHours: u.cancellationDeadlineHours ?? 24,
        replyWorkingDays: u.replyWorkingDays ?? 5,
        phone: u.phone,
      })),
    );
    await db.organisation.createMany({ data: organisations });
    await db.unit.createMany({ data: units });
    return `${organisations.length} organisations, ${units.length} units`;
  },
};
