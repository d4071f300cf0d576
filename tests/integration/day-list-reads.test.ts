// A unit's day list goes through withAccessToMany: the reason and the questionnaire answers of a
// patient the clinician may not see must never be read out of the database (issue 12 item 13), not
// only be left out of what is returned. The SQL statements the call sends are captured and checked.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { getUnitDayList } from "@/lib/appointments/unit-day-list";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { osloDateKey } from "@/lib/time/oslo";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;

let counting: { db: Db; statements: { query: string; params: string }[] };
const w = {} as { clinician: Actor; unitId: string; day: Date; seen: string; shielded: string };

beforeAll(async () => {
  const { unit } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
  });
  w.unitId = unit.id;
  const c = await createClinician(t.db, { unitIds: [unit.id] });
  w.clinician = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: c.id,
    name: "Dr Test",
    profession: "lege",
    units: [{ id: unit.id, name: unit.name, organisationName: "Kontoret" }],
  };
  w.day = new Date(Date.now() + 20 * DAY);
  const booked = async (reason: string, offsetMinutes: number) => {
    const p = await createPerson(t.db, { age: 50 });
    await createCareRelation(t.db, { personId: p.id, unitId: unit.id, kind: "GP_LIST" });
    const startsAt = new Date(w.day.getTime() + offsetMinutes * 60_000);
    const slot = await t.db.slot.create({
      data: {
        unitId: unit.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 20 * 60_000),
        visitType: "Konsultasjon",
      },
    });
    const a = await t.db.appointment.create({
      data: { slotId: slot.id, personId: p.id, bookedById: p.id, reason, holdsSlotId: slot.id },
    });
    return { person: p, appointmentId: a.id };
  };
  const seen = await booked("Synlig grunn", 0);
  const hidden = await booked("Sperret pasients grunn", 30);
  await t.db.shielding.create({ data: { personId: hidden.person.id, clinicianId: c.id } });
  w.seen = seen.appointmentId;
  w.shielded = hidden.appointmentId;

  const statements: { query: string; params: string }[] = [];
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: t.connectionString, max: 1 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (e) => statements.push({ query: e.query, params: e.params }));
  counting = { db: client as unknown as Db, statements };
});

afterAll(async () => {
  await counting.db.$disconnect();
});

describe("the day list reads reasons and answers only for permitted patients", () => {
  it("the shielded patient is left out, and no statement that reads reasons could return theirs", async () => {
    counting.statements.length = 0;
    const list = await getUnitDayList(counting.db, w.clinician, {
      unitId: w.unitId,
      day: osloDateKey(w.day),
    });
    expect(list.map((a) => a.id)).toEqual([w.seen]);
    expect(list[0]!.reason).toBe("Synlig grunn");

    const readsDetails = counting.statements.filter((s) =>
      /"reason"|"questionnaire_response"/.test(s.query),
    );
    expect(readsDetails.length).toBeGreaterThan(0);
    for (const s of readsDetails) {
      // Keyed on the appointments the gate let through: the permitted one, never the shielded one.
      expect(s.params).toContain(w.seen);
      expect(s.params).not.toContain(w.shielded);
    }
  });
});
