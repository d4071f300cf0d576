// One care relation must not open every organisation's record to every member of the unit (issue 12
// item 8): a self-booked visit lets that unit see that contact and its own notes; a GP-list relation
// sees the GP office's own record; an emergency access sees everything.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, isNotFound } from "@/lib/access/errors";
import { startEmergencyAccess } from "@/lib/emergency-access/emergency-access";
import { withAccess } from "@/lib/access/gate";
import { getPatientChart } from "@/lib/record/patient-chart";
import { getClinicalNote } from "@/lib/record/get-clinical-note";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;

type Place = { unitId: string; actor: Actor; appointmentId: string; noteId: string };
const w = {} as {
  patientId: string;
  gp: Place;
  gpNurse: Place;
  physio: Place;
  hospital: Place;
  outsider: Actor;
};

async function place(
  org: { kind: "GP_OFFICE" | "MUNICIPALITY" | "HOSPITAL"; organisationId?: string },
  unitKind: "GP_PRACTICE" | "PHYSIOTHERAPY" | "HOSPITAL_DEPARTMENT" | "HOME_NURSING",
  name: string,
  daysAgo: number,
): Promise<Place> {
  const unit = org.organisationId
    ? await t.db.unit.create({ data: { organisationId: org.organisationId, kind: unitKind, name } })
    : (await createOrganisationWithUnit(t.db, { kind: org.kind, unitKind, unitName: name })).unit;
  const c = await createClinician(t.db, { unitIds: [unit.id] });
  const startsAt = new Date(Date.now() - daysAgo * DAY);
  const slot = await t.db.slot.create({
    data: {
      unitId: unit.id,
      clinicianId: c.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 1_800_000),
      visitType: `Time ved ${name}`,
    },
  });
  const appointment = await t.db.appointment.create({
    data: {
      slotId: slot.id,
      personId: w.patientId,
      bookedById: w.patientId,
      reason: `Grunn hos ${name}`,
      status: "COMPLETED",
    },
  });
  const note = await t.db.clinicalNote.create({
    data: {
      personId: w.patientId,
      unitId: unit.id,
      authorId: c.id,
      appointmentId: appointment.id,
      kind: "VISIT_SUMMARY",
      title: `Notat fra ${name}`,
      body: "…",
      writtenAt: startsAt,
      visibleToPatientFrom: startsAt,
    },
  });
  return {
    unitId: unit.id,
    actor: {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId: c.id,
      name: `Behandler ved ${name}`,
      profession: "lege",
      units: [{ id: unit.id, name, organisationName: "Org" }],
    },
    appointmentId: appointment.id,
    noteId: note.id,
  };
}

beforeAll(async () => {
  w.patientId = (await createPerson(t.db, { age: 45 })).id;
  w.gp = await place({ kind: "GP_OFFICE" }, "GP_PRACTICE", "Fastlegen", 30);
  // A second unit of the GP's own office: part of "the GP's own record".
  const gpOrg = await t.db.unit.findUniqueOrThrow({
    where: { id: w.gp.unitId },
    select: { organisationId: true },
  });
  w.gpNurse = await place(
    { kind: "GP_OFFICE", organisationId: gpOrg.organisationId },
    "HOME_NURSING",
    "Legekontorets sykepleier",
    25,
  );
  w.physio = await place({ kind: "MUNICIPALITY" }, "PHYSIOTHERAPY", "Fysioterapien", 20);
  w.hospital = await place(
    { kind: "HOSPITAL" },
    "HOSPITAL_DEPARTMENT",
    "Medisinsk poliklinikk",
    10,
  );
  await createCareRelation(t.db, { personId: w.patientId, unitId: w.gp.unitId, kind: "GP_LIST" });
  await createCareRelation(t.db, {
    personId: w.patientId,
    unitId: w.physio.unitId,
    kind: "APPOINTMENT",
    sourceId: w.physio.appointmentId,
  });
  await createCareRelation(t.db, {
    personId: w.patientId,
    unitId: w.hospital.unitId,
    kind: "REFERRAL",
  });
  const { unit: ward } = await createOrganisationWithUnit(t.db, {
    kind: "HOSPITAL",
    unitKind: "EMERGENCY_WARD",
  });
  const er = await createClinician(t.db, { unitIds: [ward.id] });
  w.outsider = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: er.id,
    name: "Akutt Lege",
    profession: "lege",
    units: [{ id: ward.id, name: ward.name, organisationName: "Sykehuset" }],
  };
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe("need-to-know by care relation kind", () => {
  it("a self-booked physiotherapist sees that visit and its own note, not the GP's or the hospital's", async () => {
    const chart = await getPatientChart(t.db, w.physio.actor, w.patientId);
    expect(ids(chart.appointments)).toEqual([w.physio.appointmentId]);
    expect(ids(chart.notes)).toEqual([w.physio.noteId]);
    expect(JSON.stringify(chart)).not.toContain("Grunn hos Fastlegen");
    // Asked for by id, another organisation's note is "not found", and nothing of it is returned.
    await expect(getClinicalNote(t.db, w.physio.actor, w.patientId, w.gp.noteId)).rejects.toSatisfy(
      isNotFound,
    );
    // And the categories a visit does not need are refused outright.
    for (const category of ["MEDICATIONS", "LAB_RESULTS", "MESSAGES", "DIAGNOSES"] as const) {
      await expect(
        withAccess(
          t.db,
          w.physio.actor,
          { subject: w.patientId, category, action: "READ" },
          async () => 1,
        ),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it("the GP sees the GP office's own record (both its units), not the physiotherapist's or the hospital's notes", async () => {
    const chart = await getPatientChart(t.db, w.gp.actor, w.patientId);
    expect(ids(chart.appointments)).toEqual(
      ids([{ id: w.gp.appointmentId }, { id: w.gpNurse.appointmentId }]),
    );
    expect(ids(chart.notes)).toEqual(ids([{ id: w.gp.noteId }, { id: w.gpNurse.noteId }]));
    const note = await getClinicalNote(t.db, w.gp.actor, w.patientId, w.gp.noteId);
    expect(note.id).toBe(w.gp.noteId);
    await expect(
      getClinicalNote(t.db, w.gp.actor, w.patientId, w.hospital.noteId),
    ).rejects.toSatisfy(isNotFound);
  });

  it("a referred hospital unit sees its own contact only", async () => {
    const chart = await getPatientChart(t.db, w.hospital.actor, w.patientId);
    expect(ids(chart.appointments)).toEqual([w.hospital.appointmentId]);
    expect(ids(chart.notes)).toEqual([w.hospital.noteId]);
  });

  it("an emergency access sees every unit's items", async () => {
    await startEmergencyAccess(t.db, w.outsider, {
      personId: w.patientId,
      reason: "Bevisstløs i akuttmottaket",
    });
    const chart = await getPatientChart(t.db, w.outsider, w.patientId);
    expect(chart.basis).toBe("EMERGENCY");
    expect(chart.appointments).toHaveLength(4);
    expect(chart.notes).toHaveLength(4);
  });
});
