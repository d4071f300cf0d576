import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { listAppointments } from "@/lib/appointments/list-appointments";
import { getUnitDayList } from "@/lib/appointments/unit-day-list";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();

// pg 8 queues a query sent while its client is busy and warns (once per process); pg 9 throws.
// Record every such call, with the same condition pg uses, and any process warning about it.
const overlaps: string[] = [];
const originalQuery = pg.Client.prototype.query;
const onWarning = (warning: Error) => {
  if (/already executing a query/.test(warning.message))
    overlaps.push(`warning: ${warning.message}`);
};
beforeAll(() => {
  process.on("warning", onWarning);
  pg.Client.prototype.query = function (
    this: pg.Client & { _queryQueue: unknown[]; _activeQuery: unknown },
    ...args: unknown[]
  ) {
    if (this._activeQuery || this._queryQueue.length > 0) {
      const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string })?.text;
      overlaps.push(String(text).slice(0, 120));
    }
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
});
beforeEach(() => {
  overlaps.length = 0;
});
afterAll(() => {
  pg.Client.prototype.query = originalQuery;
  process.off("warning", onWarning);
});

describe("one query at a time per database connection", () => {
  it("a transaction that loads two relations of one row at once sends them one after another", async () => {
    const { unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
    });
    await t.db.$transaction(async (tx) => {
      await tx.unit.findUniqueOrThrow({
        where: { id: unit.id },
        include: { organisation: true, slots: true, careRelations: true },
      });
    });
    expect(overlaps).toEqual([]);
  });

  it("booking, the citizen's list and the clinician's day list through the gate", async () => {
    const { unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
      unitName: "Fastlegen",
    });
    const clinician = await createClinician(t.db, { unitIds: [unit.id] });
    const doctor: Actor = {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId: clinician.id,
      name: "Dr Test",
      profession: "lege",
      units: [{ id: unit.id, name: unit.name, organisationName: "Kontoret" }],
    };
    const person = await createPerson(t.db, { age: 40 });
    const citizen: Actor = { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Test" };
    await createCareRelation(t.db, { personId: person.id, unitId: unit.id, kind: "GP_LIST" });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const slot = await t.db.slot.create({
      data: {
        unitId: unit.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 20 * 60_000),
        visitType: "Konsultasjon",
        location: "Rom 1",
      },
    });

    const { appointmentId } = await bookAppointment(t.db, citizen, {
      subject: "meg",
      slotId: slot.id,
      reason: "Vondt i kneet",
    });
    const list = await listAppointments(t.db, citizen, "meg");
    expect(list.upcoming.map((a) => a.id)).toContain(appointmentId);
    const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(startsAt);
    expect(
      (await getUnitDayList(t.db, doctor, { unitId: unit.id, day })).map((a) => a.id),
    ).toContain(appointmentId);
    expect(overlaps).toEqual([]);
  });
});
