import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { getBookingOptions } from "@/lib/appointments/booking-options";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { changeAppointment } from "@/lib/appointments/change-appointment";
import {
  DeadlinePassedError,
  SlotNotBookableError,
  SlotTakenError,
} from "@/lib/appointments/errors";
import { listAppointments } from "@/lib/appointments/list-appointments";
import { getNextAppointment } from "@/lib/appointments/next-appointment";
import { closeSlot, publishSlots } from "@/lib/appointments/manage-slots";
import { saveQuestionnaire } from "@/lib/appointments/save-questionnaire";
import { getUnitDayList } from "@/lib/appointments/unit-day-list";
import { appointmentCalendarFile } from "@/lib/appointments/appointment-calendar";
import { checkInQuestionnaire } from "@/prisma/seed/questionnaires";
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
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const citizen = citizenActor;

async function openSlot(db: Db, unitId: string, startsAt: Date, minutes = 20) {
  return db.slot.create({
    data: {
      unitId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      visitType: "Konsultasjon",
      location: "Rom 1",
    },
  });
}

let unit: { id: string; name: string };
let clinicianActor: Actor;
let patient: Awaited<ReturnType<typeof createPerson>>;

beforeAll(async () => {
  ({ unit } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fastlegen",
    cancellationDeadlineHours: 24,
  }));
  const clinician = await createClinician(t.db, { unitIds: [unit.id] });
  clinicianActor = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: clinician.id,
    name: "Dr Test",
    profession: "lege",
    units: [{ id: unit.id, name: unit.name, organisationName: "Kontoret" }],
  };
  patient = await createPerson(t.db, { age: 40, phone: "+4709999999" });
  await createCareRelation(t.db, { personId: patient.id, unitId: unit.id, kind: "GP_LIST" });
  await t.db.questionnaire.create({
    data: {
      unitId: unit.id,
      title: "Før timen",
      fhir: JSON.parse(JSON.stringify(checkInQuestionnaire("Før timen"))),
    },
  });
});

describe("booking the last slot", () => {
  it("100 simultaneous attempts: exactly one booking, 99 'just taken'", async () => {
    const slot = await openSlot(t.db, unit.id, new Date(Date.now() + 5 * DAY));
    const people: Awaited<ReturnType<typeof createPerson>>[] = [];
    for (let i = 0; i < 10; i++) {
      const p = await createPerson(t.db, { age: 30 + i });
      await createCareRelation(t.db, { personId: p.id, unitId: unit.id, kind: "GP_LIST" });
      people.push(p);
    }
    const clients = [t.db, t.newClient(), t.newClient(), t.newClient()];
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        bookAppointment(clients[i % clients.length]!, citizen(people[i % people.length]!), {
          subject: "meg",
          slotId: slot.id,
          reason: "Test",
        }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const taken = results.filter(
      (r) => r.status === "rejected" && r.reason instanceof SlotTakenError,
    );
    expect(won).toHaveLength(1);
    expect(taken).toHaveLength(99);
    expect(await t.db.appointment.count({ where: { slotId: slot.id } })).toBe(1);
    // Exactly one notification change, and one log entry per winning write (losers roll back theirs).
    const winner = (won[0] as PromiseFulfilledResult<{ appointmentId: string }>).value
      .appointmentId;
    expect(
      await t.db.notification.count({
        where: { dedupeKey: { startsWith: `appointment:${winner}:` } },
      }),
    ).toBeGreaterThan(0);
    expect(
      await t.db.accessLogEntry.count({ where: { itemId: { in: [winner] }, action: "CREATE" } }),
    ).toBe(1);
    expect(
      await t.db.accessLogEntry.count({
        where: {
          category: "APPOINTMENTS",
          action: "CREATE",
          personId: { in: people.map((p) => p.id) },
        },
      }),
    ).toBe(1);
  });
});

describe("book, change, cancel", () => {
  it("books, writes one notification per channel, and shows it as upcoming", async () => {
    const slot = await openSlot(t.db, unit.id, new Date(Date.now() + 3 * DAY));
    const { appointmentId } = await bookAppointment(t.db, citizen(patient), {
      subject: "meg",
      slotId: slot.id,
      reason: "Vondt i kneet",
    });
    const notes = await t.db.notification.findMany({
      where: { dedupeKey: { startsWith: `appointment:${appointmentId}:` } },
    });
    expect(notes.map((n) => n.channel).sort()).toEqual(["EMAIL", "SMS"]);
    expect(notes.every((n) => n.template === "appointment_booked")).toBe(true);
    const list = await listAppointments(t.db, citizen(patient), "meg");
    expect(list.upcoming.map((a) => a.id)).toContain(appointmentId);
    expect(list.upcoming.find((a) => a.id === appointmentId)?.questionnaire).toBe("NOT_STARTED");
    // The booking gives the unit a care relation: the clinician may now read appointments.
    const day = await getUnitDayList(t.db, clinicianActor, {
      unitId: unit.id,
      day: new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(slot.startsAt),
    });
    expect(day.map((a) => a.id)).toContain(appointmentId);
  });

  it("changing the time releases the old slot and takes the new one together", async () => {
    const a = await openSlot(t.db, unit.id, new Date(Date.now() + 4 * DAY));
    const b = await openSlot(t.db, unit.id, new Date(Date.now() + 4 * DAY + HOUR));
    const { appointmentId } = await bookAppointment(t.db, citizen(patient), {
      subject: "meg",
      slotId: a.id,
      reason: "Kontroll",
    });
    const moved = await changeAppointment(t.db, citizen(patient), {
      subject: "meg",
      appointmentId,
      newSlotId: b.id,
    });
    const old = await t.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(old).toMatchObject({ status: "RESCHEDULED", holdsSlotId: null });
    expect(
      await t.db.appointment.findUniqueOrThrow({ where: { id: moved.appointmentId } }),
    ).toMatchObject({
      status: "BOOKED",
      holdsSlotId: b.id,
      replacesId: appointmentId,
      reason: "Kontroll",
    });
    // The old time is free again at once.
    const other = await createPerson(t.db, { age: 33 });
    await createCareRelation(t.db, { personId: other.id, unitId: unit.id, kind: "GP_LIST" });
    await expect(
      bookAppointment(t.db, citizen(other), { subject: "meg", slotId: a.id, reason: "x" }),
    ).resolves.toBeTruthy();
  });

  it("if the new time is gone, nothing changes", async () => {
    const a = await openSlot(t.db, unit.id, new Date(Date.now() + 6 * DAY));
    const b = await openSlot(t.db, unit.id, new Date(Date.now() + 6 * DAY + HOUR));
    const { appointmentId } = await bookAppointment(t.db, citizen(patient), {
      subject: "meg",
      slotId: a.id,
      reason: "Kontroll",
    });
    const rival = await createPerson(t.db, { age: 50 });
    await createCareRelation(t.db, { personId: rival.id, unitId: unit.id, kind: "GP_LIST" });
    await bookAppointment(t.db, citizen(rival), { subject: "meg", slotId: b.id, reason: "Først" });
    const logBefore = await t.db.accessLogEntry.count({ where: { personId: patient.id } });
    await expect(
      changeAppointment(t.db, citizen(patient), { subject: "meg", appointmentId, newSlotId: b.id }),
    ).rejects.toBeInstanceOf(SlotTakenError);
    expect(
      await t.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } }),
    ).toMatchObject({ status: "BOOKED", holdsSlotId: a.id });
    expect(await t.db.appointment.count({ where: { replacesId: appointmentId } })).toBe(0);
    expect(await t.db.accessLogEntry.count({ where: { personId: patient.id } })).toBe(logBefore);
  });

  it("cancels before the deadline and frees the slot; refuses after it", async () => {
    const soon = await openSlot(t.db, unit.id, new Date(Date.now() + 2 * DAY));
    const { appointmentId } = await bookAppointment(t.db, citizen(patient), {
      subject: "meg",
      slotId: soon.id,
      reason: "x",
    });
    // 23 hours before the start: inside the 24-hour deadline.
    const late = new Date(soon.startsAt.getTime() - 23 * HOUR);
    const err = await cancelAppointment(
      t.db,
      citizen(patient),
      { subject: "meg", appointmentId },
      late,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeadlinePassedError);
    expect((err as DeadlinePassedError).why).toBe("deadline");
    expect(
      await t.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } }),
    ).toMatchObject({ status: "BOOKED" });

    await cancelAppointment(t.db, citizen(patient), {
      subject: "meg",
      appointmentId,
      reason: "Frisk igjen",
    });
    expect(
      await t.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } }),
    ).toMatchObject({
      status: "CANCELLED",
      holdsSlotId: null,
      cancelReason: "Frisk igjen",
      cancelledById: patient.id,
    });
    expect(
      await t.db.notification.count({
        where: { dedupeKey: { startsWith: `appointment:${appointmentId}:cancelled` } },
      }),
    ).toBe(2);
    const options = await getBookingOptions(t.db, citizen(patient), {
      subject: "meg",
      unitId: unit.id,
      day: new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(soon.startsAt),
    });
    expect(options.slots.map((s) => s.id)).toContain(soon.id);
    // Cancelling twice changes nothing more.
    await expect(
      cancelAppointment(t.db, citizen(patient), { subject: "meg", appointmentId }),
    ).rejects.toBeInstanceOf(DeadlinePassedError);
    expect(
      await t.db.notification.count({
        where: { dedupeKey: { startsWith: `appointment:${appointmentId}:cancelled` } },
      }),
    ).toBe(2);
  });

  it("refuses past slots, closed slots, units the person cannot book, and past appointments", async () => {
    const past = await openSlot(t.db, unit.id, new Date(Date.now() - HOUR));
    await expect(
      bookAppointment(t.db, citizen(patient), { subject: "meg", slotId: past.id, reason: "x" }),
    ).rejects.toMatchObject({ why: "past" });
    const closed = await openSlot(t.db, unit.id, new Date(Date.now() + 8 * DAY));
    expect(await closeSlot(t.db, clinicianActor, closed.id)).toBe("closed");
    await expect(
      bookAppointment(t.db, citizen(patient), { subject: "meg", slotId: closed.id, reason: "x" }),
    ).rejects.toMatchObject({ why: "closed" });
    const { unit: hospital } = await createOrganisationWithUnit(t.db, {
      kind: "HOSPITAL",
      unitKind: "HOSPITAL_DEPARTMENT",
    });
    const elsewhere = await openSlot(t.db, hospital.id, new Date(Date.now() + 8 * DAY));
    await expect(
      bookAppointment(t.db, citizen(patient), {
        subject: "meg",
        slotId: elsewhere.id,
        reason: "x",
      }),
    ).rejects.toBeInstanceOf(SlotNotBookableError);
    expect(
      await t.db.appointment.count({
        where: { slotId: { in: [past.id, closed.id, elsewhere.id] } },
      }),
    ).toBe(0);

    const visit = await openSlot(t.db, unit.id, new Date(Date.now() + 2 * HOUR));
    const { appointmentId } = await bookAppointment(t.db, citizen(patient), {
      subject: "meg",
      slotId: visit.id,
      reason: "x",
    });
    const later = new Date(visit.startsAt.getTime() + HOUR);
    await expect(
      cancelAppointment(t.db, citizen(patient), { subject: "meg", appointmentId }, later),
    ).rejects.toMatchObject({ why: "past" });
  });

  it("another person's appointment id gets nothing, and nothing changes", async () => {
    const slot = await openSlot(t.db, unit.id, new Date(Date.now() + 9 * DAY));
    const { appointmentId } = await bookAppointment(t.db, citizen(patient), {
      subject: "meg",
      slotId: slot.id,
      reason: "Privat",
    });
    const stranger = await createPerson(t.db, { age: 35 });
    const before = await t.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    await expect(
      cancelAppointment(t.db, citizen(stranger), { subject: "meg", appointmentId }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      cancelAppointment(t.db, citizen(stranger), { subject: patient.id, appointmentId }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      appointmentCalendarFile(t.db, citizen(stranger), "meg", appointmentId, {
        summary: () => "",
        unitKind: () => "",
        videoLocation: "",
        phoneLocation: "",
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      bookAppointment(t.db, citizen(stranger), {
        subject: patient.id,
        slotId: slot.id,
        reason: "x",
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await t.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } })).toEqual(
      before,
    );
  });

  it("a proxy with the appointments scope books for the person, recorded as the proxy", async () => {
    const relative = await createPerson(t.db, { age: 45 });
    await t.db.proxyGrant.create({
      data: {
        grantorId: patient.id,
        granteeId: relative.id,
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS"],
      },
    });
    const slot = await openSlot(t.db, unit.id, new Date(Date.now() + 10 * DAY));
    const { appointmentId } = await bookAppointment(t.db, citizen(relative), {
      subject: patient.id,
      slotId: slot.id,
      reason: "For pappa",
    });
    expect(
      await t.db.appointment.findUniqueOrThrow({ where: { id: appointmentId } }),
    ).toMatchObject({ personId: patient.id, bookedById: relative.id });
    const entry = await t.db.accessLogEntry.findFirstOrThrow({
      where: { itemId: appointmentId, action: "CREATE" },
    });
    expect(entry).toMatchObject({
      personId: patient.id,
      actorPersonId: relative.id,
      basis: "PROXY_GRANT",
    });
  });
});

describe("questionnaire before the visit", () => {
  it("saves a draft, refuses an incomplete submission keeping nothing lost, submits once", async () => {
    const slot = await openSlot(t.db, unit.id, new Date(Date.now() + 11 * DAY));
    const { appointmentId } = await bookAppointment(t.db, citizen(patient), {
      subject: "meg",
      slotId: slot.id,
      reason: "x",
    });
    const input = { subject: "meg", appointmentId };
    expect(
      await saveQuestionnaire(t.db, citizen(patient), {
        ...input,
        answers: { fever: "true" },
        submit: false,
      }),
    ).toEqual({ ok: true, status: "DRAFT" });
    const incomplete = await saveQuestionnaire(t.db, citizen(patient), {
      ...input,
      answers: { fever: "true" },
      submit: true,
    });
    expect(incomplete).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { cough: "required", "medication-change": "required" },
    });
    const bad = await saveQuestionnaire(t.db, citizen(patient), {
      ...input,
      answers: { fever: "maybe" },
      submit: false,
    });
    expect(bad).toMatchObject({ ok: false, errors: { fever: "invalid_choice" } });
    const answers = {
      fever: "true",
      cough: "false",
      "medication-change": "yes",
      "medication-details": "Økt dose Levaxin",
    };
    expect(
      await saveQuestionnaire(t.db, citizen(patient), { ...input, answers, submit: true }),
    ).toEqual({ ok: true, status: "SUBMITTED" });
    expect(
      await saveQuestionnaire(t.db, citizen(patient), { ...input, answers, submit: true }),
    ).toEqual({ ok: false, reason: "already_submitted" });
    const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(slot.startsAt);
    const row = (await getUnitDayList(t.db, clinicianActor, { unitId: unit.id, day })).find(
      (r) => r.id === appointmentId,
    )!;
    expect(row.questionnaire?.find((q) => q.linkId === "medication-details")?.answer).toBe(
      "Økt dose Levaxin",
    );
    expect(
      (await listAppointments(t.db, citizen(patient), "meg")).upcoming.find(
        (a) => a.id === appointmentId,
      )?.questionnaire,
    ).toBe("SUBMITTED");
  });
});

describe("Europe/Oslo time", () => {
  it("publishes slots by Oslo wall clock across the DST switches", async () => {
    const clinic = await createOrganisationWithUnit(t.db, {
      kind: "MUNICIPALITY",
      unitKind: "PHYSIOTHERAPY",
      selfBooking: true,
    });
    const physio = await createClinician(t.db, { unitIds: [clinic.unit.id] });
    const actor: Actor = {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId: physio.id,
      name: "F",
      profession: "fysioterapeut",
      units: [{ id: clinic.unit.id, name: "F", organisationName: "K" }],
    };
    const now = new Date("2026-03-01T12:00:00Z");
    for (const day of ["2026-03-28", "2026-03-29", "2026-10-24", "2026-10-25"]) {
      await publishSlots(
        t.db,
        actor,
        {
          unitId: clinic.unit.id,
          day,
          startTime: "08:00",
          count: 2,
          durationMinutes: 30,
          mode: "IN_PERSON",
          visitType: "Fysioterapi",
        },
        now,
      );
    }
    const starts = (
      await t.db.slot.findMany({ where: { unitId: clinic.unit.id }, orderBy: { startsAt: "asc" } })
    ).map((s) => s.startsAt.toISOString());
    expect(starts).toEqual([
      "2026-03-28T07:00:00.000Z",
      "2026-03-28T07:30:00.000Z", // CET, UTC+1
      "2026-03-29T06:00:00.000Z",
      "2026-03-29T06:30:00.000Z", // CEST from 02:00 that night
      "2026-10-24T06:00:00.000Z",
      "2026-10-24T06:30:00.000Z",
      "2026-10-25T07:00:00.000Z",
      "2026-10-25T07:30:00.000Z", // back to CET
    ]);
  });

  it("groups late-evening times by the Oslo day, not the UTC day", async () => {
    const clinic = await createOrganisationWithUnit(t.db, {
      kind: "MUNICIPALITY",
      unitKind: "EMERGENCY_WARD",
      selfBooking: true,
    });
    const person = await createPerson(t.db, { age: 30 });
    const now = new Date("2026-07-14T08:00:00Z");
    // 22:30 UTC on 14 July is 00:30 on 15 July in Oslo; 21:30 UTC is 23:30 on the 14th.
    const late = await openSlot(t.db, clinic.unit.id, new Date("2026-07-14T21:30:00Z"));
    const afterMidnight = await openSlot(t.db, clinic.unit.id, new Date("2026-07-14T22:30:00Z"));
    const options = await getBookingOptions(
      t.db,
      citizen(person),
      { subject: "meg", unitId: clinic.unit.id },
      now,
    );
    expect(options.days).toEqual([
      { day: "2026-07-14", free: 1 },
      { day: "2026-07-15", free: 1 },
    ]);
    expect(options.slots.map((s) => s.id)).toEqual([late.id]);
    const next = await getBookingOptions(
      t.db,
      citizen(person),
      { subject: "meg", unitId: clinic.unit.id, day: "2026-07-15" },
      now,
    );
    expect(next.slots.map((s) => s.id)).toEqual([afterMidnight.id]);
  });

  it("the calendar file carries TZID=Europe/Oslo and the local start time", async () => {
    const slot = await openSlot(t.db, unit.id, new Date("2027-03-29T07:00:00Z")); // 09:00 CEST
    const { appointmentId } = await bookAppointment(t.db, citizen(patient), {
      subject: "meg",
      slotId: slot.id,
      reason: "Hemmelig grunn",
    });
    const ics = await appointmentCalendarFile(t.db, citizen(patient), "meg", appointmentId, {
      summary: (what: string) => `Time: ${what}`,
      unitKind: (kind: string) => kind,
      videoLocation: "Video",
      phoneLocation: "Telefon",
    });
    expect(ics).toContain("BEGIN:VTIMEZONE");
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Oslo:20270329T090000/);
    expect(ics).not.toContain("Hemmelig grunn");
  });
});

describe("closing a slot while people book it", () => {
  it("a slot ends up either closed and free, or open and booked: never closed with a booking", async () => {
    const people: Awaited<ReturnType<typeof createPerson>>[] = [];
    for (let i = 0; i < 6; i++) {
      const p = await createPerson(t.db, { age: 25 + i });
      await createCareRelation(t.db, { personId: p.id, unitId: unit.id, kind: "GP_LIST" });
      people.push(p);
    }
    const clients = [t.db, t.newClient(), t.newClient()];
    for (let round = 0; round < 8; round++) {
      const slot = await openSlot(t.db, unit.id, new Date(Date.now() + (10 + round) * DAY));
      const bookings = people.map((p, i) =>
        bookAppointment(clients[i % clients.length]!, citizen(p), {
          subject: "meg",
          slotId: slot.id,
          reason: "Race",
        }),
      );
      // The clinician closes the slot in the middle of the bookings.
      const [closing, ...results] = await Promise.allSettled([
        closeSlot(clients[round % clients.length]!, clinicianActor, slot.id),
        ...bookings,
      ]);
      expect(closing.status).toBe("fulfilled");
      const after = await t.db.slot.findUniqueOrThrow({
        where: { id: slot.id },
        select: { status: true },
      });
      const holders = await t.db.appointment.count({ where: { holdsSlotId: slot.id } });
      const won = results.filter((r) => r.status === "fulfilled").length;
      expect(won).toBe(holders);
      if (after.status === "CLOSED") {
        expect(holders).toBe(0);
        expect((closing as PromiseFulfilledResult<string>).value).toBe("closed");
      } else {
        expect(holders).toBe(1);
        expect((closing as PromiseFulfilledResult<string>).value).toBe("held");
      }
      for (const r of results) {
        if (r.status === "rejected")
          expect(
            r.reason instanceof SlotTakenError || r.reason instanceof SlotNotBookableError,
          ).toBe(true);
      }
    }
  });
});

describe("the front page's next appointment", () => {
  it("shows the earliest upcoming time and counts the rest; a guardian never sees a hidden one; a stranger gets nothing", async () => {
    const family = await createFamily(t.db, { childAges: [9] });
    const child = family.children[0]!;
    const parent = family.parents[0]!;
    await createCareRelation(t.db, { personId: child.id, unitId: unit.id, kind: "GP_LIST" });
    expect(await getNextAppointment(t.db, citizen(child), "meg")).toEqual({
      next: null,
      moreCount: 0,
    });

    const later = await openSlot(t.db, unit.id, new Date(Date.now() + 9 * DAY));
    const sooner = await openSlot(t.db, unit.id, new Date(Date.now() + 4 * DAY));
    await bookAppointment(t.db, citizen(parent), {
      subject: child.id,
      slotId: later.id,
      reason: "Kontroll",
    });
    const { appointmentId } = await bookAppointment(t.db, citizen(parent), {
      subject: child.id,
      slotId: sooner.id,
      reason: "Vondt i øret",
    });

    const before = await t.db.accessLogEntry.count({ where: { personId: child.id } });
    const view = await getNextAppointment(t.db, citizen(parent), child.id);
    expect(view.next?.id).toBe(appointmentId);
    expect(view.next?.questionnaire).toBe("NOT_STARTED");
    expect(view.moreCount).toBe(1);
    expect(await t.db.accessLogEntry.count({ where: { personId: child.id } })).toBe(before + 1);

    await t.db.appointment.update({
      where: { id: appointmentId },
      data: { hiddenFromGuardians: true },
    });
    const asGuardian = await getNextAppointment(t.db, citizen(parent), child.id);
    expect(asGuardian.next?.startsAt).toEqual(later.startsAt);
    expect(asGuardian.moreCount).toBe(0);

    const stranger = await createPerson(t.db, { age: 40 });
    await expect(getNextAppointment(t.db, citizen(stranger), child.id)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
  });
});

describe("the calendar file's title", () => {
  it("names the visit type, never a mental-health or substance-abuse unit's name", async () => {
    for (const unitKind of ["MENTAL_HEALTH", "SUBSTANCE_ABUSE"] as const) {
      const unitName = unitKind === "MENTAL_HEALTH" ? "Psykisk helseteam for unge" : "Rusteamet";
      const { unit: sensitive } = await createOrganisationWithUnit(t.db, {
        kind: "MUNICIPALITY",
        unitKind,
        unitName,
        name: "Fjordvik kommune",
        selfBooking: true,
      });
      const slot = await t.db.slot.create({
        data: {
          unitId: sensitive.id,
          startsAt: new Date(Date.now() + 4 * DAY),
          endsAt: new Date(Date.now() + 4 * DAY + 45 * 60_000),
          visitType: "Samtale",
        },
      });
      const { appointmentId } = await bookAppointment(t.db, citizen(patient), {
        subject: "meg",
        slotId: slot.id,
        reason: "Hemmelig",
      });
      const ics = await appointmentCalendarFile(t.db, citizen(patient), "meg", appointmentId, {
        summary: (what) => `Time: ${what}`,
        unitKind: (kind) => kind,
        videoLocation: "Video",
        phoneLocation: "Telefon",
      });
      expect(ics).toContain("SUMMARY:Time: Samtale");
      expect(ics).toContain("Fjordvik kommune");
      expect(ics).not.toContain(unitName);
      expect(ics).not.toContain("Hemmelig");
    }
  });
});
