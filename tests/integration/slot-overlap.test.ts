// "Legg ut tidene" never gives a clinician two overlapping open times (issue 12 item 19). The
// database decides: an exclusion constraint on the clinician's time range, so simultaneous
// publishes cannot both get in, and a write that bypasses publishSlots is refused as well.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { closeSlot, publishSlots } from "@/lib/appointments/manage-slots";
import { useTestDatabase } from "./harness";
import { createClinician, createOrganisationWithUnit } from "./factories";

const t = useTestDatabase();
const NOW = new Date("2026-03-01T12:00:00Z");
const base = {
  startTime: "08:00",
  durationMinutes: 20,
  mode: "IN_PERSON" as const,
  visitType: "Konsultasjon",
};

let unitId: string;
let liseId: string;
let lise: Actor;
let other: Actor;

const clinicianActor = (clinicianId: string): Actor => ({
  kind: "CLINICIAN",
  sessionId: "t",
  clinicianId,
  name: "Dr Test",
  profession: "lege",
  units: [{ id: unitId, name: "Fastlegen", organisationName: "Kontoret" }],
});

/** The clinician's open times on a day as "HH:MM-HH:MM" (UTC), sorted. */
async function openTimes(clinicianId: string, day: string): Promise<string[]> {
  const rows = await t.db.slot.findMany({
    where: {
      clinicianId,
      status: "OPEN",
      startsAt: { gte: new Date(`${day}T00:00:00Z`), lt: new Date(`${day}T23:59:59Z`) },
    },
    orderBy: { startsAt: "asc" },
  });
  return rows.map(
    (s) => `${s.startsAt.toISOString().slice(11, 16)}-${s.endsAt.toISOString().slice(11, 16)}`,
  );
}

beforeAll(async () => {
  ({
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, { kind: "GP_OFFICE", unitKind: "GP_PRACTICE" }));
  liseId = (await createClinician(t.db, { unitIds: [unitId] })).id;
  lise = clinicianActor(liseId);
  other = clinicianActor((await createClinician(t.db, { unitIds: [unitId] })).id);
});

describe("publishing times over existing ones", () => {
  it("skips the times that already exist and says how many", async () => {
    const day = "2026-03-10";
    expect(await publishSlots(t.db, lise, { ...base, unitId, day, count: 3 }, NOW)).toEqual({
      created: 3,
      planned: 3,
      overlapping: 0,
    });
    // 08:00-10:40 in 20-minute times: the first three (08:00, 08:20, 08:40) are there already.
    expect(await publishSlots(t.db, lise, { ...base, unitId, day, count: 8 }, NOW)).toEqual({
      created: 5,
      planned: 8,
      overlapping: 3,
    });
    // Oslo is UTC+1 in March.
    expect(await openTimes(liseId, day)).toEqual([
      "07:00-07:20",
      "07:20-07:40",
      "07:40-08:00",
      "08:00-08:20",
      "08:20-08:40",
      "08:40-09:00",
      "09:00-09:20",
      "09:20-09:40",
    ]);
  });

  it("skips times that overlap partly, not only identical ones", async () => {
    const day = "2026-03-11";
    await publishSlots(t.db, lise, { ...base, unitId, day, count: 2 }, NOW); // 08:00-08:40 Oslo
    // 30-minute times from 08:10: 08:10-08:40 overlaps both; 08:40-09:10 only touches the end.
    const result = await publishSlots(
      t.db,
      lise,
      { ...base, unitId, day, startTime: "08:10", count: 2, durationMinutes: 30 },
      NOW,
    );
    expect(result).toEqual({ created: 1, planned: 2, overlapping: 1 });
  });

  it("another clinician's times, and closed times, do not count", async () => {
    const day = "2026-03-12";
    await publishSlots(t.db, lise, { ...base, unitId, day, count: 2 }, NOW);
    expect(await publishSlots(t.db, other, { ...base, unitId, day, count: 2 }, NOW)).toMatchObject({
      created: 2,
      overlapping: 0,
    });
    const first = await t.db.slot.findFirstOrThrow({
      where: { clinicianId: liseId, startsAt: new Date(`${day}T07:00:00Z`) },
    });
    expect(await closeSlot(t.db, lise, first.id)).toBe("closed");
    // The closed 08:00 can be opened again; 08:20 is still open.
    expect(await publishSlots(t.db, lise, { ...base, unitId, day, count: 2 }, NOW)).toEqual({
      created: 1,
      planned: 2,
      overlapping: 1,
    });
  });

  it("the database refuses an overlapping open time written past publishSlots", async () => {
    const clinicianId = liseId;
    const startsAt = new Date("2026-03-13T07:00:00Z");
    await t.db.slot.create({
      data: {
        unitId,
        clinicianId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 20 * 60_000),
        visitType: "x",
      },
    });
    await expect(
      t.db.slot.create({
        data: {
          unitId,
          clinicianId,
          startsAt: new Date(startsAt.getTime() + 10 * 60_000),
          endsAt: new Date(startsAt.getTime() + 30 * 60_000),
          visitType: "x",
        },
      }),
    ).rejects.toThrow(/slot_clinician_no_overlap|exclusion|conflict/i);
    // Nor can a closed overlapping time be opened again behind its back.
    const closed = await t.db.slot.create({
      data: {
        unitId,
        clinicianId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 20 * 60_000),
        visitType: "x",
        status: "CLOSED",
      },
    });
    await expect(
      t.db.slot.update({ where: { id: closed.id }, data: { status: "OPEN" } }),
    ).rejects.toThrow(/slot_clinician_no_overlap|exclusion|conflict/i);
  });

  it("simultaneous publishes of overlapping rows: every time exists once", async () => {
    const day = "2026-03-16";
    const clients = [t.db, t.newClient(), t.newClient(), t.newClient()];
    // Eight publishes of 08:00 x 6, 08:20 x 6, 08:40 x 6 … at once, on four connections.
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        publishSlots(
          clients[i % clients.length]!,
          lise,
          {
            ...base,
            unitId,
            day,
            startTime: `08:${String((i % 3) * 20).padStart(2, "0")}`,
            count: 6,
          },
          NOW,
        ),
      ),
    );
    const times = await openTimes(liseId, day);
    // 08:00 to 10:40: eight distinct 20-minute times, none twice.
    expect(times).toHaveLength(8);
    expect(new Set(times).size).toBe(8);
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(8);
    expect(results.every((r) => r.created + r.overlapping === r.planned)).toBe(true);
  });
});
