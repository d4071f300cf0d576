import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import type { EmergencyEligibility } from "@/lib/access/health-personnel";
import { decide, type ClinicianFacts, type PersonFacts } from "@/lib/access/rules";

const now = new Date("2026-11-30T10:00:00Z");
const subject: PersonFacts = {
  id: "p",
  birthDate: new Date("1980-01-01"),
  deathDate: null,
  addressProtection: "NONE",
  addressId: null,
  consentCompetent: true,
};
const ward = { id: "u1", name: "Legevakt", organisationName: "Sykehuset" };
const actor = (units: (typeof ward)[]): Actor => ({
  kind: "CLINICIAN",
  sessionId: "s",
  clinicianId: "c",
  name: "X",
  profession: "lege",
  units,
});

const eligible: EmergencyEligibility = {
  healthPersonnel: true,
  professionGivesEmergencyCare: true,
  emergencyUnits: [{ unitName: "Legevakt", organisationName: "Sykehuset" }],
};
const REASON = "Bevisstløs pasient på legevakten";

const facts = (over: Partial<ClinicianFacts> = {}): ClinicianFacts => ({
  kind: "CLINICIAN",
  careUnits: [],
  shielded: false,
  emergencyReason: null,
  ...over,
});

// [case, actor units, facts, stated reason, expected basis or deny reason]
const table: Array<[string, (typeof ward)[], ClinicianFacts, string | undefined, string]> = [
  [
    "care relation",
    [ward],
    facts({
      careUnits: [
        {
          unitId: "u1",
          unitName: "Legevakt",
          organisationId: "o1",
          organisationName: "S",
          kind: "GP_LIST",
        },
      ],
    }),
    undefined,
    "CARE_RELATION",
  ],
  [
    "no unit at all, even with a reason (the adviser)",
    [],
    facts({ emergency: { ...eligible, healthPersonnel: false, emergencyUnits: [] } }),
    REASON,
    "not_health_personnel",
  ],
  [
    "eligibility unknown, reason stated: fails closed",
    [ward],
    facts(),
    REASON,
    "not_health_personnel",
  ],
  ["eligibility unknown, no reason (work lists)", [ward], facts(), undefined, "no_care_relation"],
  [
    "not health personnel",
    [ward],
    facts({ emergency: { ...eligible, healthPersonnel: false } }),
    REASON,
    "not_health_personnel",
  ],
  [
    "profession gives no emergency care",
    [ward],
    facts({ emergency: { ...eligible, professionGivesEmergencyCare: false } }),
    REASON,
    "emergency_profession",
  ],
  [
    "no unit of an emergency kind",
    [ward],
    facts({ emergency: { ...eligible, emergencyUnits: [] } }),
    REASON,
    "emergency_unit_kind",
  ],
  [
    "ineligible, no reason yet: told why before the form",
    [ward],
    facts({ emergency: { ...eligible, professionGivesEmergencyCare: false } }),
    undefined,
    "emergency_profession",
  ],
  ["eligible, no reason", [ward], facts({ emergency: eligible }), undefined, "no_care_relation"],
  [
    "eligible, short reason",
    [ward],
    facts({ emergency: eligible }),
    "kort",
    "emergency_reason_missing",
  ],
  ["eligible, reason", [ward], facts({ emergency: eligible }), REASON, "EMERGENCY"],
  [
    "eligible, an access already running",
    [ward],
    facts({ emergency: eligible, emergencyReason: REASON }),
    undefined,
    "EMERGENCY",
  ],
  [
    "running access, eligibility since lost",
    [ward],
    facts({ emergency: { ...eligible, emergencyUnits: [] }, emergencyReason: REASON }),
    undefined,
    "emergency_unit_kind",
  ],
  [
    "shielding wins over everything",
    [ward],
    facts({ emergency: eligible, shielded: true }),
    REASON,
    "shielded",
  ],
];

describe("decide() for clinicians: health personnel and emergency access", () => {
  it.each(table)("%s", (_name, units, f, reason, expected) => {
    const d = decide({
      actor: actor(units),
      subject,
      facts: f,
      category: "NOTES",
      action: "READ",
      emergencyReason: reason,
      now,
    });
    expect(d.allowed ? d.basis : d.reason).toBe(expected);
  });

  it("an emergency access is logged at the unit that allows it", () => {
    const d = decide({
      actor: actor([ward]),
      subject,
      facts: facts({ emergency: eligible }),
      category: "NOTES",
      action: "READ",
      emergencyReason: REASON,
      now,
    });
    expect(d).toMatchObject({
      allowed: true,
      unit: { unitName: "Legevakt" },
      emergencyReason: REASON,
    });
  });
});
