import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { getAppointment } from "@/lib/appointments/get-appointment";
import { listAppointments } from "@/lib/appointments/list-appointments";
import { getClinicalNote } from "@/lib/record/get-clinical-note";
import { useTestDatabase } from "./harness";
import { expectNotFound } from "./expect-not-found";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
  citizenActor,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;

const citizen = citizenActor;

let unitId: string;
let clinicianId: string;

/** A completed visit with its summary, released to the patient at `visibleFrom` (null: not released). */
let visits = 0;
async function pastVisitWithSummary(
  personId: string,
  opts: { visibleFrom?: Date | null; hiddenFromGuardians?: boolean } = {},
) {
  // One clinician's times never overlap (slot_clinician_no_overlap): each visit gets its own half hour.
  const startsAt = new Date(Date.now() - 10 * DAY - visits++ * 30 * 60_000);
  const slot = await t.db.slot.create({
    data: {
      unitId,
      clinicianId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      visitType: "Konsultasjon",
      status: "OPEN",
    },
  });
  const appointment = await t.db.appointment.create({
    data: {
      slotId: slot.id,
      personId,
      bookedById: personId,
      reason: "Kontroll",
      status: "COMPLETED",
      holdsSlotId: slot.id,
      outcome: "Resept fornyet",
    },
  });
  const note = await t.db.clinicalNote.create({
    data: {
      personId,
      unitId,
      authorId: clinicianId,
      appointmentId: appointment.id,
      kind: "VISIT_SUMMARY",
      title: "Notat fra konsultasjonen",
      body: "Resepten er fornyet for ett år.",
      writtenAt: startsAt,
      visibleToPatientFrom: opts.visibleFrom === undefined ? startsAt : opts.visibleFrom,
      hiddenFromGuardians: opts.hiddenFromGuardians ?? false,
    },
  });
  return { appointment, note };
}

beforeAll(async () => {
  ({
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fastlegen",
  }));
  clinicianId = (await createClinician(t.db, { unitIds: [unitId] })).id;
});

describe("visit summaries", () => {
  it("the patient reads their own summary through the NOTES gate: one log entry, item named", async () => {
    const patient = await createPerson(t.db, { age: 50 });
    const { appointment, note } = await pastVisitWithSummary(patient.id);
    const before = await t.db.accessLogEntry.count({ where: { personId: patient.id } });
    const view = await getClinicalNote(t.db, citizen(patient), "meg", note.id);
    expect(view.body).toBe("Resepten er fornyet for ett år.");
    expect(view.appointment?.id).toBe(appointment.id);
    const entries = await t.db.accessLogEntry.findMany({
      where: { personId: patient.id },
      orderBy: { occurredAt: "asc" },
    });
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      category: "NOTES",
      action: "READ",
      itemType: "clinical_note",
      itemId: note.id,
      basis: "SELF",
    });

    const list = await listAppointments(t.db, citizen(patient), "meg");
    expect(list.past.find((a) => a.id === appointment.id)?.visitSummaryId).toBe(note.id);
    expect(
      (await getAppointment(t.db, citizen(patient), "meg", appointment.id)).appointment
        .visitSummaryId,
    ).toBe(note.id);
  });

  it("another person's note id gets nothing, and nothing is logged for its owner", async () => {
    const owner = await createPerson(t.db, { age: 45 });
    const stranger = await createPerson(t.db, { age: 45 });
    const { note } = await pastVisitWithSummary(owner.id);
    const before = await t.db.accessLogEntry.count({ where: { personId: owner.id } });
    await expectNotFound(getClinicalNote(t.db, citizen(stranger), "meg", note.id));
    await expectNotFound(getClinicalNote(t.db, citizen(stranger), owner.id, note.id));
    expect(await t.db.accessLogEntry.count({ where: { personId: owner.id } })).toBe(before);
  });

  it("a note not yet released to the portal is not shown, nor linked from the visit", async () => {
    const patient = await createPerson(t.db, { age: 60 });
    const later = await pastVisitWithSummary(patient.id, {
      visibleFrom: new Date(Date.now() + 2 * DAY),
    });
    const never = await pastVisitWithSummary(patient.id, { visibleFrom: null });
    for (const { note, appointment } of [later, never]) {
      await expectNotFound(getClinicalNote(t.db, citizen(patient), "meg", note.id));
      const list = await listAppointments(t.db, citizen(patient), "meg");
      expect(list.past.find((a) => a.id === appointment.id)?.visitSummaryId).toBeNull();
    }
  });

  it("a proxy needs the notes scope; a parent of a child under 12 does not see a note hidden from guardians", async () => {
    const grantor = await createPerson(t.db, { age: 70 });
    const proxy = await createPerson(t.db, { age: 45 });
    const { note, appointment } = await pastVisitWithSummary(grantor.id);
    const grant = await t.db.proxyGrant.create({
      data: {
        grantorId: grantor.id,
        granteeId: proxy.id,
        level: "READ",
        categories: ["APPOINTMENTS"],
      },
    });
    await expectNotFound(getClinicalNote(t.db, citizen(proxy), grantor.id, note.id));
    await t.db.proxyGrant.update({
      where: { id: grant.id },
      data: { categories: ["APPOINTMENTS", "NOTES"] },
    });
    const view = await getClinicalNote(t.db, citizen(proxy), grantor.id, note.id);
    expect(view.appointment?.id).toBe(appointment.id);
    expect(
      await t.db.accessLogEntry.count({
        where: {
          personId: grantor.id,
          actorPersonId: proxy.id,
          basis: "PROXY_GRANT",
          itemId: note.id,
        },
      }),
    ).toBe(1);

    const family = await createFamily(t.db, { childAges: [9] });
    const child = family.children[0]!;
    const parent = family.parents[0]!;
    const shown = await pastVisitWithSummary(child.id);
    const hidden = await pastVisitWithSummary(child.id, { hiddenFromGuardians: true });
    expect((await getClinicalNote(t.db, citizen(parent), child.id, shown.note.id)).id).toBe(
      shown.note.id,
    );
    await expectNotFound(getClinicalNote(t.db, citizen(parent), child.id, hidden.note.id));
  });

  it("a clinician reads a note only with a care relation", async () => {
    const patient = await createPerson(t.db, { age: 30 });
    const { note } = await pastVisitWithSummary(patient.id, { visibleFrom: null });
    const clinician: Actor = {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId,
      name: "Dr Test",
      profession: "lege",
      units: [{ id: unitId, name: "Fastlegen", organisationName: "Kontoret" }],
    };
    await expectNotFound(getClinicalNote(t.db, clinician, patient.id, note.id));
    await createCareRelation(t.db, { personId: patient.id, unitId, kind: "GP_LIST" });
    // In care, the clinician sees the note even before it is released to the patient.
    expect((await getClinicalNote(t.db, clinician, patient.id, note.id)).id).toBe(note.id);
  });
});
