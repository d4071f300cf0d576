import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import {
  EMERGENCY_ACCESS_MINUTES,
  startEmergencyAccess,
} from "@/lib/emergency-access/emergency-access";
import { getPatientChart } from "@/lib/record/patient-chart";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();
const MINUTE = 60_000;

let clinician: Extract<Actor, { kind: "CLINICIAN" }>;
let colleague: Extract<Actor, { kind: "CLINICIAN" }>;
let unitId: string;

beforeAll(async () => {
  ({
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, {
    kind: "HOSPITAL",
    unitKind: "EMERGENCY_WARD",
    unitName: "Legevakt",
  }));
  const a = await createClinician(t.db, { unitIds: [unitId] });
  const b = await createClinician(t.db, { unitIds: [unitId] });
  clinician = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: a.id,
    name: "Dr A",
    profession: "lege",
    units: [{ id: unitId, name: "Legevakt", organisationName: "Sykehuset" }],
  };
  colleague = { ...clinician, clinicianId: b.id, name: "Dr B" };
});

describe("emergency access", () => {
  it("without a care relation the chart is refused; with a stated reason it opens for a while, every read flagged", async () => {
    const patient = await createPerson(t.db, { age: 70 });
    const now = new Date();
    await expect(getPatientChart(t.db, clinician, patient.id, now)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      startEmergencyAccess(t.db, clinician, { personId: patient.id, reason: "kort" }, now),
    ).rejects.toThrow();
    expect(await t.db.accessLogEntry.count({ where: { personId: patient.id } })).toBe(0);

    const reason = "Bevisstløs pasient på legevakten, trenger legemiddelliste";
    const started = await startEmergencyAccess(
      t.db,
      clinician,
      { personId: patient.id, reason },
      now,
    );
    expect(started?.expiresAt).toEqual(new Date(now.getTime() + EMERGENCY_ACCESS_MINUTES * MINUTE));

    const chart = await getPatientChart(
      t.db,
      clinician,
      patient.id,
      new Date(now.getTime() + MINUTE),
    );
    expect(chart.basis).toBe("EMERGENCY");
    expect(chart.patient.id).toBe(patient.id);
    const entries = await t.db.accessLogEntry.findMany({
      where: { personId: patient.id },
      orderBy: { seq: "asc" },
    });
    // The start, then one entry per category read: all emergencies, all with the reason.
    expect(entries.map((e) => [e.category, e.basis])).toEqual([
      ["PROFILE", "EMERGENCY"],
      ["APPOINTMENTS", "EMERGENCY"],
      ["NOTES", "EMERGENCY"],
    ]);
    expect(entries.every((e) => e.emergencyReason === reason)).toBe(true);

    // Only for this clinician, and only for the period.
    await expect(getPatientChart(t.db, colleague, patient.id, now)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      getPatientChart(
        t.db,
        clinician,
        patient.id,
        new Date(now.getTime() + (EMERGENCY_ACCESS_MINUTES + 1) * MINUTE),
      ),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("a patient's shielding holds even in an emergency", async () => {
    const patient = await createPerson(t.db, { age: 50 });
    await t.db.shielding.create({
      data: { personId: patient.id, clinicianId: clinician.clinicianId },
    });
    await expect(
      startEmergencyAccess(t.db, clinician, {
        personId: patient.id,
        reason: "Akutt innleggelse, trenger journal",
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await t.db.emergencyAccess.count({ where: { personId: patient.id } })).toBe(0);
  });

  it("with a care relation nothing is started and reads go by the relation", async () => {
    const patient = await createPerson(t.db, { age: 30 });
    await createCareRelation(t.db, { personId: patient.id, unitId, kind: "GP_LIST" });
    expect(
      await startEmergencyAccess(t.db, clinician, {
        personId: patient.id,
        reason: "Trenger oversikt over timer",
      }),
    ).toBeNull();
    expect((await getPatientChart(t.db, clinician, patient.id)).basis).toBe("CARE_RELATION");
    expect(await t.db.emergencyAccess.count({ where: { personId: patient.id } })).toBe(0);
  });

  it("a citizen or an unknown id gets nothing", async () => {
    const patient = await createPerson(t.db, { age: 30 });
    const citizen: Actor = { kind: "CITIZEN", sessionId: "t", personId: patient.id, name: "x" };
    await expect(getPatientChart(t.db, citizen, patient.id)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      startEmergencyAccess(t.db, clinician, {
        personId: "00000000-0000-4000-8000-000000000000",
        reason: "Ukjent pasient på legevakten",
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
