// The no-overlap constraint is added to databases that already hold overlapping open times (older
// seeds and publishes made them): the migration keeps one time of each overlap open (a booked one
// first, then the earliest published) and closes the rest, so it applies instead of failing.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { defaultMigrationsDir } from "@/lib/db/migrations-dir";
import { serveEmptyPglite } from "@/lib/db/pglite-empty-cluster";
import { createClinician, createOrganisationWithUnit, createPerson } from "./factories";

const MIGRATION = "20261130070000_slot_no_overlap";
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const done of cleanup.reverse()) await done();
});

it("closes all but one time of each existing overlap, keeping a booked one open", async () => {
  const served = await serveEmptyPglite();
  cleanup.push(() => served.close());
  const work = await mkdtemp(path.join(tmpdir(), "helsami-overlap-"));
  cleanup.push(() => rm(work, { recursive: true, force: true }));
  const dir = path.join(work, "migrations");
  await cp(defaultMigrationsDir, dir, { recursive: true });
  // The history as it was just before this migration.
  const later = (await readdir(dir)).filter((name) => name >= MIGRATION);
  for (const name of later) await rm(path.join(dir, name), { recursive: true });
  await applyMigrations(served.url, { migrationsDir: dir });

  const db: Db = createPrismaClient(served.url, 1);
  cleanup.push(() => db.$disconnect());
  const { unit } = await createOrganisationWithUnit(db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
  });
  const clinician = await createClinician(db, { unitIds: [unit.id] });
  const patient = await createPerson(db, { age: 40 });
  const at = (minutes: number) => new Date(Date.UTC(2027, 0, 4, 8, minutes));
  const slot = (
    from: number,
    to: number,
    createdAt: Date,
    clinicianId: string | null = clinician.id,
  ) =>
    db.slot.create({
      data: {
        unitId: unit.id,
        clinicianId,
        startsAt: at(from),
        endsAt: at(to),
        visitType: "K",
        createdAt,
      },
    });
  const earliest = await slot(0, 20, new Date("2026-01-01"));
  const booked = await slot(10, 30, new Date("2026-02-01"));
  const duplicate = await slot(0, 20, new Date("2026-03-01"));
  const apart = await slot(40, 60, new Date("2026-03-01"));
  const unitOwn = [
    await slot(0, 20, new Date("2026-01-01"), null),
    await slot(0, 20, new Date("2026-01-02"), null),
  ];
  await db.appointment.create({
    data: {
      slotId: booked.id,
      personId: patient.id,
      bookedById: patient.id,
      reason: "K",
      holdsSlotId: booked.id,
    },
  });

  await cp(path.join(defaultMigrationsDir, MIGRATION), path.join(dir, MIGRATION), {
    recursive: true,
  });
  expect(await applyMigrations(served.url, { migrationsDir: dir })).toEqual([MIGRATION]);

  const status = async (id: string) => (await db.slot.findUniqueOrThrow({ where: { id } })).status;
  expect(await status(booked.id)).toBe("OPEN");
  expect(await status(earliest.id)).toBe("CLOSED");
  expect(await status(duplicate.id)).toBe("CLOSED");
  expect(await status(apart.id)).toBe("OPEN");
  // Times without a clinician are the unit's own and are not limited.
  for (const s of unitOwn) expect(await status(s.id)).toBe("OPEN");
}, 120_000);
