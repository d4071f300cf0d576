// A parent of a 12–15-year-old sees when and where, never what: not the reason, outcome, answers or
// visit summary, and not a visit the young person booked at a confidential service at all (issue 12
// item 3). Every read of appointments is checked: list, detail, front page card and count, calendar
// file, questionnaire, cancel.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { appointmentCalendarFile } from "@/lib/appointments/appointment-calendar";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { getAppointment } from "@/lib/appointments/get-appointment";
import { listAppointments } from "@/lib/appointments/list-appointments";
import { getNextAppointment } from "@/lib/appointments/next-appointment";
import { saveQuestionnaire } from "@/lib/appointments/save-questionnaire";
import { checkInQuestionnaire } from "@/prisma/seed/questionnaires";
import { useTestDatabase } from "./harness";
import { expectNotFound } from "./expect-not-found";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  citizenActor,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;

const citizen = citizenActor;

const calendarTexts = {
  summary: (what: string) => `Time: ${what}`,
  unitKind: (kind: string) => `Tjeneste ${kind}`,
  videoLocation: "Video",
  phoneLocation: "Telefon",
};

// The young person's own words and what they were told: none of these may reach the parent.
const REASON = "Vondt i magen når jeg er på skolen";
const ANSWER = "Jeg sover dårlig";
const OUTCOME = "Samtale om søvn og stress";
const SUMMARY_BODY = "Jonas forteller om press på skolen.";
const HEALTH_STATION_REASON = "Vil snakke med noen om prevensjon";

const w = {} as {
  kari: Actor;
  jonas: Actor;
  jonasId: string;
  gpAppointment: string;
  pastAppointment: string;
  healthStationAppointment: string;
  parentBookedAtHealthStation: string;
};

beforeAll(async () => {
  const family = await createFamily(t.db, { childAges: [14], familyName: "Nordmann" });
  const kari = family.parents[0]!;
  const jonas = family.children[0]!;
  w.kari = citizen(kari);
  w.jonas = citizen(jonas);
  w.jonasId = jonas.id;

  const { unit: gp } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fjordvik legesenter",
  });
  const { unit: station } = await createOrganisationWithUnit(t.db, {
    kind: "MUNICIPALITY",
    unitKind: "HEALTH_STATION",
    unitName: "Helsestasjon for ungdom",
    selfBooking: true,
  });
  const doctor = await createClinician(t.db, { unitIds: [gp.id] });
  await createCareRelation(t.db, { personId: jonas.id, unitId: gp.id, kind: "GP_LIST" });
  await t.db.questionnaire.create({
    data: {
      unitId: gp.id,
      title: "Før timen",
      fhir: JSON.parse(JSON.stringify(checkInQuestionnaire("Før timen"))),
    },
  });

  const slot = (unitId: string, startsAt: Date, visitType: string) =>
    t.db.slot.create({
      data: {
        unitId,
        clinicianId: doctor.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        visitType,
        location: "Storgata 1",
      },
    });

  // Kari books the GP for Jonas; Jonas writes his answers himself.
  const gpSlot = await slot(gp.id, new Date(Date.now() + 6 * DAY), "Samtale om søvn");
  w.gpAppointment = (
    await bookAppointment(t.db, w.kari, { subject: jonas.id, slotId: gpSlot.id, reason: REASON })
  ).appointmentId;
  const saved = await saveQuestionnaire(t.db, w.jonas, {
    subject: "meg",
    appointmentId: w.gpAppointment,
    answers: { questions: ANSWER },
    submit: false,
  });
  expect(saved.ok).toBe(true);

  // Jonas books the health station himself, sooner than the GP time.
  const stationSlot = await slot(station.id, new Date(Date.now() + 2 * DAY), "Helsesykepleier");
  w.healthStationAppointment = (
    await bookAppointment(t.db, w.jonas, {
      subject: "meg",
      slotId: stationSlot.id,
      reason: HEALTH_STATION_REASON,
    })
  ).appointmentId;
  // A health station visit Kari booked herself is hers to know about (time and place only).
  const vaccineSlot = await slot(station.id, new Date(Date.now() + 9 * DAY), "Vaksinasjon");
  w.parentBookedAtHealthStation = (
    await bookAppointment(t.db, w.kari, {
      subject: jonas.id,
      slotId: vaccineSlot.id,
      reason: "HPV-vaksine",
    })
  ).appointmentId;

  // A past GP visit with what was done and a released visit summary.
  const pastStart = new Date(Date.now() - 20 * DAY);
  const pastSlot = await slot(gp.id, pastStart, "Konsultasjon");
  const past = await t.db.appointment.create({
    data: {
      slotId: pastSlot.id,
      personId: jonas.id,
      bookedById: kari.id,
      reason: "Kontroll",
      status: "COMPLETED",
      outcome: OUTCOME,
    },
  });
  w.pastAppointment = past.id;
  await t.db.clinicalNote.create({
    data: {
      personId: jonas.id,
      unitId: gp.id,
      authorId: doctor.id,
      appointmentId: past.id,
      kind: "VISIT_SUMMARY",
      title: "Notat",
      body: SUMMARY_BODY,
      writtenAt: pastStart,
      visibleToPatientFrom: pastStart,
    },
  });
});

describe("Kari acting for Jonas (14)", () => {
  it("the appointment list shows time, place and kind of service, never the reason, outcome, answers or summary", async () => {
    const list = await listAppointments(t.db, w.kari, w.jonasId);
    expect(list.limited).toBe(true);
    expect(list.upcoming.map((a) => a.id)).toEqual([
      w.gpAppointment,
      w.parentBookedAtHealthStation,
    ]);
    const gp = list.upcoming[0]!;
    expect(gp).toMatchObject({
      reason: null,
      visitType: null,
      clinicianName: null,
      questionnaire: "none",
      unitKind: "GP_PRACTICE",
      location: "Storgata 1",
    });
    expect(list.past.map((a) => a.id)).toEqual([w.pastAppointment]);
    expect(list.past[0]).toMatchObject({ outcome: null, visitSummaryId: null });
    const text = JSON.stringify(list);
    for (const secret of [REASON, OUTCOME, HEALTH_STATION_REASON, "HPV-vaksine", "Samtale om søvn"])
      expect(text).not.toContain(secret);
  });

  it("the detail page gets no reason, no answers and no form", async () => {
    const view = await getAppointment(t.db, w.kari, w.jonasId, w.gpAppointment);
    expect(view.limited).toBe(true);
    expect(view.appointment.reason).toBeNull();
    expect(view.appointment.questionnaireResponse).toBeNull();
    expect(view.questionnaire).toBeNull();
    expect(view.appointment.slot.visitType).toBeNull();
    expect(view.appointment.slot.clinician).toBeNull();
    const text = JSON.stringify(view);
    expect(text).not.toContain(REASON);
    expect(text).not.toContain(ANSWER);

    const past = await getAppointment(t.db, w.kari, w.jonasId, w.pastAppointment);
    expect(past.appointment.outcome).toBeNull();
    expect(past.appointment.visitSummaryId).toBeNull();
  });

  it("the visit Jonas booked at the health station does not exist for Kari: not listed, not counted, not found", async () => {
    await expectNotFound(getAppointment(t.db, w.kari, w.jonasId, w.healthStationAppointment));
    await expectNotFound(
      appointmentCalendarFile(t.db, w.kari, w.jonasId, w.healthStationAppointment, calendarTexts),
    );
    await expectNotFound(
      cancelAppointment(t.db, w.kari, {
        subject: w.jonasId,
        appointmentId: w.healthStationAppointment,
      }),
    );
    const next = await getNextAppointment(t.db, w.kari, w.jonasId);
    // The health station time is the soonest, but for Kari the GP time is next, and one more follows.
    expect(next.next?.id).toBe(w.gpAppointment);
    expect(next.next?.visitType).toBeNull();
    expect(next.next?.questionnaire).toBe("none");
    expect(next.moreCount).toBe(1);
    expect(
      await t.db.appointment.findUniqueOrThrow({ where: { id: w.healthStationAppointment } }),
    ).toMatchObject({ status: "BOOKED" });
  });

  it("the calendar file names the kind of service, never the visit type or the reason", async () => {
    const ics = await appointmentCalendarFile(
      t.db,
      w.kari,
      w.jonasId,
      w.gpAppointment,
      calendarTexts,
    );
    expect(ics).toContain("SUMMARY:Time: Tjeneste GP_PRACTICE");
    expect(ics).not.toContain("Samtale om søvn");
    expect(ics).not.toContain("Vondt");
  });

  it("Kari can neither read nor write Jonas's answers", async () => {
    await expectNotFound(
      saveQuestionnaire(t.db, w.kari, {
        subject: w.jonasId,
        appointmentId: w.gpAppointment,
        answers: { questions: "Overskrevet" },
        submit: false,
      }),
    );
    const response = await t.db.questionnaireResponse.findUniqueOrThrow({
      where: { appointmentId: w.gpAppointment },
    });
    expect(JSON.stringify(response.fhir)).toContain(ANSWER);
  });

  it("Jonas himself sees everything, the health station visit included", async () => {
    const list = await listAppointments(t.db, w.jonas, "meg");
    expect(list.limited).toBe(false);
    expect(list.upcoming.map((a) => a.id)).toEqual([
      w.healthStationAppointment,
      w.gpAppointment,
      w.parentBookedAtHealthStation,
    ]);
    expect(list.upcoming[0]!.reason).toBe(HEALTH_STATION_REASON);
    expect(list.past[0]!.outcome).toBe(OUTCOME);
    expect(list.past[0]!.visitSummaryId).not.toBeNull();
    const next = await getNextAppointment(t.db, w.jonas, "meg");
    expect(next.next?.id).toBe(w.healthStationAppointment);
    expect(next.moreCount).toBe(2);
  });
});

describe("a parent of a child under 12", () => {
  it("still sees the reason and what was done", async () => {
    const family = await createFamily(t.db, { childAges: [10] });
    const parent = citizen(family.parents[0]!);
    const child = family.children[0]!;
    const { unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
    });
    await createCareRelation(t.db, { personId: child.id, unitId: unit.id, kind: "GP_LIST" });
    const slot = await t.db.slot.create({
      data: {
        unitId: unit.id,
        startsAt: new Date(Date.now() + 3 * DAY),
        endsAt: new Date(Date.now() + 3 * DAY + 1_800_000),
        visitType: "Kontroll",
      },
    });
    await bookAppointment(t.db, parent, { subject: child.id, slotId: slot.id, reason: "Øreverk" });
    const list = await listAppointments(t.db, parent, child.id);
    expect(list.limited).toBe(false);
    expect(list.upcoming[0]).toMatchObject({ reason: "Øreverk", visitType: "Kontroll" });
  });
});
