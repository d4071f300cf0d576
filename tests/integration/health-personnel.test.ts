import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { actorFromSession } from "@/lib/access/current-actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { startEmergencyAccess } from "@/lib/emergency-access/emergency-access";
import { createUserSession, lookUpSession } from "@/lib/auth/session-store";
import { resolveClinician, resolveTestIdentity } from "@/lib/auth/sign-in-identity";
import { mod11CheckDigit } from "@/lib/identity/national-id";
import { lookUpPatient } from "@/lib/access/patient-lookup";
import { getPatientChart } from "@/lib/record/patient-chart";
import { useTestDatabase } from "./harness";
import { createClinician, createOrganisationWithUnit, createPerson } from "./factories";

const t = useTestDatabase();
const REASON = "Bevisstløs pasient inn på legevakten, trenger legemiddelliste";

type ClinicianActor = Extract<Actor, { kind: "CLINICIAN" }>;

let ward: { id: string; name: string };
let physioUnit: { id: string; name: string };
let municipalityId: string;

/** The actor a session would give, as if the session checks had been skipped (the attacker's best case). */
function forcedActor(
  clinicianId: string,
  units: { id: string; name: string }[],
  profession: string,
): ClinicianActor {
  return {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId,
    name: "X",
    profession,
    units: units.map((u) => ({ ...u, organisationName: "O" })),
  };
}

/** A valid fødselsnummer of a real kind (no +80 on the month). */
function realNationalId(): string {
  const digits = [0, 1, 0, 1, 9, 0, 4, 2, 7];
  const k1 = mod11CheckDigit(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
  const k2 = mod11CheckDigit([...digits, k1!], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
  return [...digits, k1, k2].join("");
}

beforeAll(async () => {
  const w = await createOrganisationWithUnit(t.db, {
    kind: "HOSPITAL",
    unitKind: "EMERGENCY_WARD",
    unitName: "Legevakt",
  });
  ward = { id: w.unit.id, name: w.unit.name };
  const p = await createOrganisationWithUnit(t.db, {
    kind: "MUNICIPALITY",
    unitKind: "PHYSIOTHERAPY",
    unitName: "Fysioterapi",
  });
  physioUnit = { id: p.unit.id, name: p.unit.name };
  municipalityId = p.organisation.id;
});

describe("only health personnel (HPR and an active unit) work as clinicians", () => {
  it("an adviser with no HPR number and no unit (the demo's Tor Bakken) reaches no chart by any path", async () => {
    const tor = await createClinician(t.db, {
      unitIds: [],
      hprNumber: null,
      profession: "rådgiver",
      adminOf: [municipalityId],
    });
    const kari = await createPerson(t.db, { age: 42 });

    // No clinician session: the test list and a typed sign-in both refuse; as admin it works.
    expect(await resolveTestIdentity(t.db, { clinicianId: tor.id, role: "CLINICIAN" })).toEqual({
      ok: false,
      reason: "not_health_personnel",
    });
    expect(
      await resolveTestIdentity(t.db, { clinicianId: tor.id, role: "ORG_ADMIN" }),
    ).toMatchObject({ ok: true, identity: { kind: "ORG_ADMIN" } });
    // A CLINICIAN session made before this rule (or by hand) gives no actor.
    const session = {
      sessionId: crypto.randomUUID(),
      kind: "CLINICIAN" as const,
      clinicianId: tor.id,
      displayName: "Tor Bakken",
      expiresAt: new Date(),
    };
    expect(await actorFromSession(t.db, session)).toBeNull();

    // Even with a forged actor: no Finn pasient, no emergency access, nothing read, nothing logged.
    const forged = forcedActor(tor.id, [], "rådgiver");
    await expect(lookUpPatient(t.db, forged, kari.nationalId)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      startEmergencyAccess(t.db, forged, { personId: kari.id, reason: REASON }),
    ).rejects.toMatchObject({ reason: "not_health_personnel" });
    await expect(getPatientChart(t.db, forged, kari.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await t.db.emergencyAccess.count({ where: { personId: kari.id } })).toBe(0);
    expect(await t.db.accessLogEntry.count({ where: { personId: kari.id } })).toBe(0);
  });

  it("an HPR number without a unit, a unit without an HPR number, or an ended membership is not enough", async () => {
    const noUnit = await createClinician(t.db, { unitIds: [] });
    const noHpr = await createClinician(t.db, { unitIds: [ward.id], hprNumber: null });
    const left = await createClinician(t.db, { unitIds: [ward.id] });
    await t.db.unitMembership.update({
      where: { clinicianId_unitId: { clinicianId: left.id, unitId: ward.id } },
      data: { endedAt: new Date(Date.now() - 60_000) },
    });
    for (const c of [noUnit, noHpr, left]) {
      expect(await resolveTestIdentity(t.db, { clinicianId: c.id, role: "CLINICIAN" })).toEqual({
        ok: false,
        reason: "not_health_personnel",
      });
      const session = {
        sessionId: crypto.randomUUID(),
        kind: "CLINICIAN" as const,
        clinicianId: c.id,
        displayName: "X",
        expiresAt: new Date(),
      };
      expect(await actorFromSession(t.db, session)).toBeNull();
    }
    const ok = await createClinician(t.db, { unitIds: [ward.id] });
    expect(
      await resolveTestIdentity(t.db, { clinicianId: ok.id, role: "CLINICIAN" }),
    ).toMatchObject({ ok: true, identity: { kind: "CLINICIAN" } });
    expect(
      await resolveTestIdentity(t.db, { hprNumber: ok.hprNumber!, role: "CLINICIAN" }),
    ).toMatchObject({ ok: true });
  });

  it("a real session whose clinician's last membership has ended gives no actor on the next request", async () => {
    const c = await createClinician(t.db, { unitIds: [ward.id] });
    const sid = await createUserSession(t.db, {
      kind: "CLINICIAN",
      clinicianId: c.id,
      authMethod: "TEST_IDENTITY",
    });
    const actorNow = async () => {
      const found = await lookUpSession(t.db, sid, new Date(), { touch: false });
      return found.status === "active" ? actorFromSession(t.db, found.session) : "no session";
    };
    // The session read carries the clinician's units (one statement per request for both).
    expect(await actorNow()).toMatchObject({ kind: "CLINICIAN", units: [{ id: ward.id }] });
    await t.db.unitMembership.update({
      where: { clinicianId_unitId: { clinicianId: c.id, unitId: ward.id } },
      data: { endedAt: new Date(Date.now() - 1000) },
    });
    expect(await actorNow()).toBeNull();
  });

  it("HelseID without an HPR claim (keyed by fødselsnummer) gives at most an admin session", async () => {
    const c = await createClinician(t.db, { unitIds: [ward.id], adminOf: [municipalityId] });
    expect(
      await resolveClinician(t.db, { nationalId: c.nationalId }, "CLINICIAN", "HELSEID"),
    ).toEqual({ ok: false, reason: "not_health_personnel" });
    expect(
      await resolveClinician(t.db, { nationalId: c.nationalId }, "ORG_ADMIN", "HELSEID"),
    ).toMatchObject({ ok: true });
    expect(
      await resolveClinician(t.db, { hprNumber: c.hprNumber! }, "CLINICIAN", "HELSEID"),
    ).toMatchObject({ ok: true });
  });

  it("the test sign-in refuses a clinician whose identity number is real", async () => {
    const c = await createClinician(t.db, { unitIds: [ward.id] });
    await t.db.clinician.update({ where: { id: c.id }, data: { nationalId: realNationalId() } });
    expect(await resolveTestIdentity(t.db, { clinicianId: c.id, role: "CLINICIAN" })).toEqual({
      ok: false,
      reason: "real_identity",
    });
    expect(await resolveTestIdentity(t.db, { hprNumber: c.hprNumber!, role: "CLINICIAN" })).toEqual(
      { ok: false, reason: "real_identity" },
    );
  });
});

describe("emergency access only for professions and unit kinds marked for it", () => {
  it("a physiotherapist in the emergency ward is refused for the profession, plainly", async () => {
    const physio = await createClinician(t.db, { unitIds: [ward.id], profession: "fysioterapeut" });
    const patient = await createPerson(t.db, { age: 60 });
    const actor = forcedActor(physio.id, [ward], "fysioterapeut");
    await expect(getPatientChart(t.db, actor, patient.id)).rejects.toMatchObject({
      reason: "emergency_profession",
    });
    await expect(
      startEmergencyAccess(t.db, actor, { personId: patient.id, reason: REASON }),
    ).rejects.toMatchObject({ reason: "emergency_profession" });
    expect(await t.db.emergencyAccess.count({ where: { personId: patient.id } })).toBe(0);
  });

  it("a nurse who works only in physiotherapy is refused for the unit kind", async () => {
    const nurse = await createClinician(t.db, {
      unitIds: [physioUnit.id],
      profession: "sykepleier",
    });
    const patient = await createPerson(t.db, { age: 60 });
    const actor = forcedActor(nurse.id, [physioUnit], "sykepleier");
    await expect(
      startEmergencyAccess(t.db, actor, { personId: patient.id, reason: REASON }),
    ).rejects.toMatchObject({ reason: "emergency_unit_kind" });
  });

  it("a nurse in the emergency ward may; the log names the ward even when another unit sorts first", async () => {
    const nurse = await createClinician(t.db, {
      unitIds: [physioUnit.id, ward.id],
      profession: "sykepleier",
    });
    const patient = await createPerson(t.db, { age: 60 });
    const actor = forcedActor(nurse.id, [physioUnit, ward], "sykepleier");
    expect(
      await startEmergencyAccess(t.db, actor, { personId: patient.id, reason: REASON }),
    ).not.toBeNull();
    const entry = await t.db.accessLogEntry.findFirstOrThrow({ where: { personId: patient.id } });
    expect([entry.basis, entry.actorUnit]).toEqual(["EMERGENCY", "Legevakt"]);
  });

  it("the rule is data: marking a profession in the table changes the answer, no code", async () => {
    const midwife = await createClinician(t.db, { unitIds: [ward.id], profession: "jordmor" });
    const patient = await createPerson(t.db, { age: 30 });
    const actor = forcedActor(midwife.id, [ward], "jordmor");
    await expect(
      startEmergencyAccess(t.db, actor, { personId: patient.id, reason: REASON }),
    ).rejects.toMatchObject({ reason: "emergency_profession" });
    await t.db.profession.update({
      where: { code: "jordmor" },
      data: { mayGiveEmergencyCare: true },
    });
    try {
      expect(
        await startEmergencyAccess(t.db, actor, { personId: patient.id, reason: REASON }),
      ).not.toBeNull();
    } finally {
      await t.db.profession.update({
        where: { code: "jordmor" },
        data: { mayGiveEmergencyCare: false },
      });
    }
  });

  it("an emergency access stops working when the clinician's last membership ends", async () => {
    const doctor = await createClinician(t.db, { unitIds: [ward.id] });
    const patient = await createPerson(t.db, { age: 70 });
    const actor = forcedActor(doctor.id, [ward], "lege");
    const now = new Date();
    await startEmergencyAccess(t.db, actor, { personId: patient.id, reason: REASON }, now);
    expect((await getPatientChart(t.db, actor, patient.id, now)).basis).toBe("EMERGENCY");
    await t.db.unitMembership.update({
      where: { clinicianId_unitId: { clinicianId: doctor.id, unitId: ward.id } },
      data: { endedAt: now },
    });
    await expect(
      getPatientChart(t.db, actor, patient.id, new Date(now.getTime() + 1000)),
    ).rejects.toMatchObject({ reason: "not_health_personnel" });
  });
});
