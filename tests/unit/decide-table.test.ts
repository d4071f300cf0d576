// decide() as a table (issue 13 item 6): every basis it grants and every refusal it gives, from
// plain facts, no database. The integration matrix (tests/integration/access-gate.test.ts) checks
// the same rules through the gate and the log.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import {
  decide,
  type CareUnitFacts,
  type CitizenFacts,
  type ClinicianFacts,
  type Decision,
  type PersonFacts,
} from "@/lib/access/rules";
import type { AccessAction, DataCategory } from "@/lib/generated/prisma/enums";

const NOW = new Date("2026-06-15T10:00:00Z");
const bornYearsAgo = (years: number) => new Date(Date.UTC(2026 - years, 0, 10));

const person = (id: string, age: number, extra: Partial<PersonFacts> = {}): PersonFacts => ({
  id,
  birthDate: bornYearsAgo(age),
  deathDate: null,
  addressProtection: "NONE",
  addressId: "home",
  consentCompetent: true,
  ...extra,
});

const ME = person("me", 45);
const citizen: Actor = { kind: "CITIZEN", sessionId: "s", personId: ME.id, name: "Kari" };
const clinician: Actor = {
  kind: "CLINICIAN",
  sessionId: "s",
  clinicianId: "c",
  name: "Lise",
  profession: "lege",
  units: [{ id: "u-gp", name: "Legekontoret", organisationName: "Legesenteret" }],
};
const admin: Actor = {
  kind: "ORG_ADMIN",
  sessionId: "s",
  clinicianId: "a",
  name: "Admin",
  organisationIds: [],
};

const asParent = (extra: Partial<CitizenFacts> = {}): CitizenFacts => ({
  kind: "CITIZEN",
  actorPerson: ME,
  grants: [],
  responsibleParents: [{ personId: ME.id, addressId: "home" }],
  ...extra,
});
const asProxy = (grants: CitizenFacts["grants"], actorPerson: PersonFacts = ME): CitizenFacts => ({
  kind: "CITIZEN",
  actorPerson,
  grants,
  responsibleParents: [],
});
const relation = (kind: CareUnitFacts["kind"], unitId = "u-gp"): CareUnitFacts => ({
  unitId,
  unitName: "Legekontoret",
  organisationId: "o-gp",
  organisationName: "Legesenteret",
  kind,
});
const care = (extra: Partial<ClinicianFacts> = {}): ClinicianFacts => ({
  kind: "CLINICIAN",
  careUnits: [],
  shielded: false,
  emergencyReason: null,
  ...extra,
});
// Who may take emergency access is sec-identity's table (tests/unit/decide-clinician.test.ts); here, one who may.
const eligible: ClinicianFacts["emergency"] = {
  healthPersonnel: true,
  professionGivesEmergencyCare: true,
  emergencyUnits: [{ unitName: "Legevakt", organisationName: "Sykehuset" }],
};

type Row = {
  name: string;
  actor: Actor;
  subject: PersonFacts;
  facts: CitizenFacts | ClinicianFacts | null;
  category: DataCategory;
  action?: AccessAction;
  emergencyReason?: string;
  /** The basis granted, or the refusal's reason. */
  expect:
    Extract<Decision, { allowed: true }>["basis"] | Extract<Decision, { allowed: false }>["reason"];
  itemScope?: unknown;
};

const REASON = "Bevisstløs pasient i akuttmottaket";

const rows: Row[] = [
  // Own access
  {
    name: "self, anything",
    actor: citizen,
    subject: ME,
    facts: null,
    category: "ACCESS_LOG",
    expect: "SELF",
  },
  {
    name: "self, writing",
    actor: citizen,
    subject: ME,
    facts: null,
    category: "PROFILE",
    action: "UPDATE",
    expect: "SELF",
  },
  // Parents by the age rules
  {
    name: "parent, child 10 at home, messages",
    actor: citizen,
    subject: person("child10", 10),
    facts: asParent(),
    category: "MESSAGES",
    expect: "PARENTAL",
  },
  {
    name: "parent, child 10 living elsewhere",
    actor: citizen,
    subject: person("child10", 10, { addressId: "other" }),
    facts: asParent(),
    category: "APPOINTMENTS",
    expect: "no_relation",
  },
  {
    name: "parent, child 14, appointments",
    actor: citizen,
    subject: person("child14", 14),
    facts: asParent(),
    category: "APPOINTMENTS",
    expect: "PARENTAL",
  },
  {
    name: "parent, child 14, vaccines",
    actor: citizen,
    subject: person("child14", 14),
    facts: asParent(),
    category: "VACCINES",
    expect: "PARENTAL",
  },
  {
    name: "parent, child 14, messages",
    actor: citizen,
    subject: person("child14", 14),
    facts: asParent(),
    category: "MESSAGES",
    expect: "category_out_of_scope",
  },
  {
    name: "parent, child 14, notes",
    actor: citizen,
    subject: person("child14", 14),
    facts: asParent(),
    category: "NOTES",
    expect: "category_out_of_scope",
  },
  {
    name: "parent, child 16",
    actor: citizen,
    subject: person("child16", 16),
    facts: asParent(),
    category: "APPOINTMENTS",
    expect: "no_relation",
  },
  {
    name: "parent, child with a confidential address",
    actor: citizen,
    subject: person("child8", 8, { addressProtection: "STRICTLY_CONFIDENTIAL" }),
    facts: asParent(),
    category: "APPOINTMENTS",
    expect: "no_relation",
  },
  {
    name: "no parental responsibility",
    actor: citizen,
    subject: person("child8", 8),
    facts: asParent({ responsibleParents: [] }),
    category: "APPOINTMENTS",
    expect: "no_relation",
  },
  {
    name: "deceased subject",
    actor: citizen,
    subject: person("old", 90, { deathDate: new Date("2026-01-01") }),
    facts: asProxy([{ id: "g", level: "READ", categories: ["APPOINTMENTS"] }]),
    category: "APPOINTMENTS",
    expect: "subject_deceased",
  },
  // Proxy grants
  {
    name: "proxy, read in scope",
    actor: citizen,
    subject: person("grantor", 80),
    facts: asProxy([{ id: "g", level: "READ", categories: ["APPOINTMENTS"] }]),
    category: "APPOINTMENTS",
    expect: "PROXY_GRANT",
  },
  {
    name: "proxy, out of scope",
    actor: citizen,
    subject: person("grantor", 80),
    facts: asProxy([{ id: "g", level: "READ", categories: ["APPOINTMENTS"] }]),
    category: "LAB_RESULTS",
    expect: "category_out_of_scope",
  },
  {
    name: "proxy, see only cannot act",
    actor: citizen,
    subject: person("grantor", 80),
    facts: asProxy([{ id: "g", level: "READ", categories: ["APPOINTMENTS"] }]),
    category: "APPOINTMENTS",
    action: "UPDATE",
    expect: "level_too_low",
  },
  {
    name: "proxy, see and act acts",
    actor: citizen,
    subject: person("grantor", 80),
    facts: asProxy([{ id: "g", level: "READ_AND_ACT", categories: ["APPOINTMENTS"] }]),
    category: "APPOINTMENTS",
    action: "UPDATE",
    expect: "PROXY_GRANT",
  },
  {
    name: "proxy, messaging level writes a message",
    actor: citizen,
    subject: person("grantor", 80),
    facts: asProxy([{ id: "g", level: "READ_AND_MESSAGE", categories: ["MESSAGES"] }]),
    category: "MESSAGES",
    action: "CREATE",
    expect: "PROXY_GRANT",
  },
  {
    name: "proxy, grantor with a confidential address",
    actor: citizen,
    subject: person("grantor", 80, { addressProtection: "CONFIDENTIAL" }),
    facts: asProxy([{ id: "g", level: "READ", categories: ["APPOINTMENTS"] }]),
    category: "APPOINTMENTS",
    expect: "grant_unusable",
  },
  {
    name: "proxy, grantee under 18",
    actor: citizen,
    subject: person("grantor", 80),
    facts: asProxy([{ id: "g", level: "READ", categories: ["APPOINTMENTS"] }], person(ME.id, 17)),
    category: "APPOINTMENTS",
    expect: "grant_unusable",
  },
  {
    name: "stranger",
    actor: citizen,
    subject: person("stranger", 30),
    facts: asProxy([]),
    category: "APPOINTMENTS",
    expect: "no_relation",
  },
  {
    name: "citizen without facts",
    actor: citizen,
    subject: person("stranger", 30),
    facts: null,
    category: "APPOINTMENTS",
    expect: "no_relation",
  },
  // Organisation admins
  {
    name: "organisation admin",
    actor: admin,
    subject: person("p", 50),
    facts: null,
    category: "PROFILE",
    expect: "admin_no_health_data",
  },
  // Clinicians: need-to-know by relation kind
  {
    name: "GP list: notes of the office",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("GP_LIST")] }),
    category: "NOTES",
    expect: "CARE_RELATION",
    itemScope: { unitIds: [], organisationIds: ["o-gp"] },
  },
  {
    name: "GP list: medications of every unit",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("GP_LIST")] }),
    category: "MEDICATIONS",
    expect: "CARE_RELATION",
    itemScope: undefined,
  },
  {
    name: "referral: the unit's own notes",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("REFERRAL")] }),
    category: "NOTES",
    expect: "CARE_RELATION",
    itemScope: { unitIds: ["u-gp"], organisationIds: [] },
  },
  {
    name: "enrolment: lab results of the unit",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("ENROLMENT")] }),
    category: "LAB_RESULTS",
    expect: "CARE_RELATION",
    itemScope: { unitIds: ["u-gp"], organisationIds: [] },
  },
  {
    name: "self-booked visit: the appointment",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("APPOINTMENT")] }),
    category: "APPOINTMENTS",
    expect: "CARE_RELATION",
    itemScope: { unitIds: ["u-gp"], organisationIds: [] },
  },
  {
    name: "self-booked visit: not the medications",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("APPOINTMENT")] }),
    category: "MEDICATIONS",
    expect: "category_out_of_scope",
  },
  {
    name: "message thread: the messages",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("MESSAGE_THREAD")] }),
    category: "MESSAGES",
    expect: "CARE_RELATION",
    itemScope: { unitIds: ["u-gp"], organisationIds: [] },
  },
  {
    name: "message thread: not the appointments",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("MESSAGE_THREAD")] }),
    category: "APPOINTMENTS",
    expect: "category_out_of_scope",
  },
  {
    name: "two relations: the widest reach wins",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("APPOINTMENT", "u-physio"), relation("GP_LIST")] }),
    category: "NOTES",
    expect: "CARE_RELATION",
    itemScope: { unitIds: ["u-physio"], organisationIds: ["o-gp"] },
  },
  {
    name: "clinicians never read the access log",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("GP_LIST")] }),
    category: "ACCESS_LOG",
    expect: "category_out_of_scope",
  },
  {
    name: "shielded despite a relation",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("GP_LIST")], shielded: true }),
    category: "NOTES",
    expect: "shielded",
  },
  {
    name: "no relation",
    actor: clinician,
    subject: person("p", 50),
    facts: care(),
    category: "NOTES",
    expect: "no_care_relation",
  },
  {
    name: "clinician without facts",
    actor: clinician,
    subject: person("p", 50),
    facts: null,
    category: "NOTES",
    expect: "no_care_relation",
  },
  // Emergency access
  {
    name: "emergency, reason stated now",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ emergency: eligible }),
    category: "NOTES",
    emergencyReason: REASON,
    expect: "EMERGENCY",
  },
  {
    name: "emergency, running from before",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ emergency: eligible, emergencyReason: REASON }),
    category: "NOTES",
    expect: "EMERGENCY",
  },
  {
    name: "emergency, a relation that does not reach the category",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ careUnits: [relation("APPOINTMENT")], emergency: eligible }),
    category: "MEDICATIONS",
    emergencyReason: REASON,
    expect: "EMERGENCY",
  },
  {
    name: "emergency, not a profession that gives emergency care",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ emergency: { ...eligible!, professionGivesEmergencyCare: false } }),
    category: "NOTES",
    emergencyReason: REASON,
    expect: "emergency_profession",
  },
  {
    name: "emergency, no unit of an emergency kind",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ emergency: { ...eligible!, emergencyUnits: [] } }),
    category: "NOTES",
    emergencyReason: REASON,
    expect: "emergency_unit_kind",
  },
  {
    name: "no unit at all: not health personnel",
    actor: { ...clinician, units: [] },
    subject: person("p", 50),
    facts: care(),
    category: "NOTES",
    expect: "not_health_personnel",
  },
  {
    name: "emergency, reason too short",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ emergency: eligible }),
    category: "NOTES",
    emergencyReason: "akutt",
    expect: "emergency_reason_missing",
  },
  {
    name: "emergency, shielded",
    actor: clinician,
    subject: person("p", 50),
    facts: care({ shielded: true, emergency: eligible }),
    category: "NOTES",
    emergencyReason: REASON,
    expect: "shielded",
  },
];

describe("decide(): every basis and every refusal", () => {
  it.each(rows)("$name → $expect", (row) => {
    const decision = decide({
      actor: row.actor,
      subject: row.subject,
      facts: row.facts,
      category: row.category,
      action: row.action ?? "READ",
      emergencyReason: row.emergencyReason,
      now: NOW,
    });
    expect(decision.allowed ? decision.basis : decision.reason).toBe(row.expect);
    if (decision.allowed && decision.basis === "CARE_RELATION")
      expect(decision.itemScope).toEqual(row.itemScope);
    if (decision.allowed && decision.basis === "EMERGENCY")
      expect(decision.itemScope).toBeUndefined();
  });

  it("covers every basis and every refusal reason", () => {
    const seen = new Set(rows.map((r) => r.expect));
    for (const basis of ["SELF", "PARENTAL", "PROXY_GRANT", "CARE_RELATION", "EMERGENCY"])
      expect(seen).toContain(basis);
    for (const reason of [
      "admin_no_health_data",
      "subject_deceased",
      "grant_unusable",
      "no_relation",
      "category_out_of_scope",
      "level_too_low",
      "no_care_relation",
      "shielded",
      "emergency_reason_missing",
      "not_health_personnel",
      "emergency_profession",
      "emergency_unit_kind",
    ])
      expect(seen).toContain(reason);
  });
});
