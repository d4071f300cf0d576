import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { startEmergencyAccess } from "@/lib/emergency-access/emergency-access";
import { AccessDeniedError, isNotFound } from "@/lib/access/errors";
import { liftShielding, listShieldings, shieldClinician } from "@/lib/shielding/shielding";
import { getPatientChart } from "@/lib/record/patient-chart";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
  citizenActor,
} from "./factories";

const t = useTestDatabase();

const citizen = citizenActor;
let unitId: string;
let doctor: Extract<Actor, { kind: "CLINICIAN" }>;
let elsewhere: string;

beforeAll(async () => {
  ({
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fastlegen",
  }));
  const c = await createClinician(t.db, { unitIds: [unitId] });
  doctor = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: c.id,
    name: "Dr A",
    profession: "lege",
    units: [{ id: unitId, name: "Fastlegen", organisationName: "Kontoret" }],
  };
  const other = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Annet kontor",
  });
  elsewhere = (await createClinician(t.db, { unitIds: [other.unit.id] })).id;
});

describe("shielding (sperring)", () => {
  it("the patient shields a clinician of their GP office: the chart and emergency access are refused until lifted", async () => {
    const patient = await createPerson(t.db, { age: 45 });
    await createCareRelation(t.db, { personId: patient.id, unitId, kind: "GP_LIST" });
    const before = await listShieldings(t.db, citizen(patient), "meg");
    expect(before.active).toHaveLength(0);
    expect(before.candidates.map((c) => c.id)).toContain(doctor.clinicianId);
    expect(before.candidates.map((c) => c.id)).not.toContain(elsewhere);

    await shieldClinician(t.db, citizen(patient), {
      subject: "meg",
      clinicianId: doctor.clinicianId,
    });
    await shieldClinician(t.db, citizen(patient), {
      subject: "meg",
      clinicianId: doctor.clinicianId,
    });
    expect(await t.db.shielding.count({ where: { personId: patient.id, liftedAt: null } })).toBe(1);
    const after = await listShieldings(t.db, citizen(patient), "meg");
    expect(after.active.map((s) => s.clinicianId)).toEqual([doctor.clinicianId]);
    expect(after.candidates.map((c) => c.id)).not.toContain(doctor.clinicianId);

    await expect(getPatientChart(t.db, doctor, patient.id)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      startEmergencyAccess(t.db, doctor, {
        personId: patient.id,
        reason: "Akutt, trenger journalen nå",
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);

    await liftShielding(t.db, citizen(patient), {
      subject: "meg",
      clinicianId: doctor.clinicianId,
    });
    expect((await getPatientChart(t.db, doctor, patient.id)).basis).toBe("CARE_RELATION");
    // Lifted shieldings stay as history.
    expect(
      await t.db.shielding.count({ where: { personId: patient.id, liftedAt: { not: null } } }),
    ).toBe(1);
  });

  it("simultaneous shield posts leave one active shielding: the database decides, not a read first", async () => {
    const patient = await createPerson(t.db, { age: 45 });
    await createCareRelation(t.db, { personId: patient.id, unitId, kind: "GP_LIST" });
    const shielded = await Promise.all(
      Array.from({ length: 8 }, () =>
        shieldClinician(t.db, citizen(patient), {
          subject: "meg",
          clinicianId: doctor.clinicianId,
        }),
      ),
    );
    expect(new Set(shielded.map((s) => s.id)).size).toBe(1);
    expect(await t.db.shielding.count({ where: { personId: patient.id, liftedAt: null } })).toBe(1);
    // The rule is the database's own: a second active row for the pair is refused outright.
    await expect(
      t.db.shielding.create({ data: { personId: patient.id, clinicianId: doctor.clinicianId } }),
    ).rejects.toThrow();
    expect(await t.db.shielding.count({ where: { personId: patient.id, liftedAt: null } })).toBe(1);
  });

  it("only staff the person could meet can be chosen; a proxy cannot shield; a stranger gets nothing", async () => {
    const patient = await createPerson(t.db, { age: 60 });
    await createCareRelation(t.db, { personId: patient.id, unitId, kind: "GP_LIST" });
    const err = await shieldClinician(t.db, citizen(patient), {
      subject: "meg",
      clinicianId: elsewhere,
    }).catch((e: unknown) => e);
    expect(isNotFound(err)).toBe(true);

    const proxy = await createPerson(t.db, { age: 40 });
    await t.db.proxyGrant.create({
      data: {
        grantorId: patient.id,
        granteeId: proxy.id,
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS", "NOTES"],
      },
    });
    await expect(
      shieldClinician(t.db, citizen(proxy), {
        subject: patient.id,
        clinicianId: doctor.clinicianId,
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const stranger = await createPerson(t.db, { age: 40 });
    await expect(listShieldings(t.db, citizen(stranger), patient.id)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await t.db.shielding.count({ where: { personId: patient.id } })).toBe(0);
  });

  it("a parent shields for a child under 12", async () => {
    const family = await createFamily(t.db, { childAges: [8] });
    const child = family.children[0]!;
    await createCareRelation(t.db, { personId: child.id, unitId, kind: "GP_LIST" });
    await shieldClinician(t.db, citizen(family.parents[0]!), {
      subject: child.id,
      clinicianId: doctor.clinicianId,
    });
    const entry = await t.db.accessLogEntry.findFirst({
      where: { personId: child.id, category: "PROFILE", action: "CREATE" },
    });
    expect(entry).toMatchObject({
      basis: "PARENTAL",
      actorPersonId: family.parents[0]!.id,
      itemType: "shielding",
    });
  });
});
