// `db:seed -- --patients N` as a bulk load: COPY on PostgreSQL (unnest on PGlite), indexes and keys
// dropped for the load and rebuilt after, exactly as the migrations made them.
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { relaxForBulkLoad } from "@/prisma/seed/bulk-load";
import { REGION_POPULATION } from "@/prisma/seed/population";
import { runSeed } from "@/prisma/seed/run";
import { useTestDatabase } from "./harness";

const t = useTestDatabase();

/** Every index and constraint of the schema, as the database would recreate them. */
async function catalogue(db: Db) {
  const indexes = await db.$queryRaw<Array<{ name: string; def: string }>>`
    SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`;
  const constraints = await db.$queryRaw<Array<{ name: string; def: string; validated: boolean }>>`
    SELECT c.conrelid::regclass::text || '.' || c.conname AS name, pg_get_constraintdef(c.oid) AS def, c.convalidated AS validated
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE n.nspname = current_schema() ORDER BY 1`;
  return { indexes, constraints };
}

describe("the --patients bulk load", { timeout: 300_000 }, () => {
  it("writes with COPY on PostgreSQL, unnest on PGlite, and leaves every index and key as migrated", async () => {
    const db = t.owner;
    const before = await catalogue(db);
    const lines: string[] = [];
    const { bulk, timings } = await runSeed(db, {
      now: new Date(),
      options: { patients: 400, batchSize: 300 },
      connectionString: t.ownerConnectionString,
      log: (line) => lines.push(line),
    });
    expect(bulk).toBe(t.onPglite ? "unnest" : "copy");
    // The load drops and rebuilds, and says what it did and how long each part took.
    expect(timings[0]?.name).toBe("bulk load: relax");
    expect(timings.at(-1)?.name).toBe("bulk load: rebuild");
    expect(timings.at(-1)?.summary).toMatch(/lab_observation: \d+ indexes \d+ ms/);
    expect(lines.every((l) => /\d+ ms/.test(l))).toBe(true);

    expect(await catalogue(db)).toEqual(before);
    expect(await db.person.count()).toBe(REGION_POPULATION + 400);
    const observations = await db.labObservation.count();
    expect(observations / (REGION_POPULATION + 400)).toBeGreaterThan(15);
    expect(observations / (REGION_POPULATION + 400)).toBeLessThan(25);
    const medications = await db.medicationStatement.count();
    expect(medications / (REGION_POPULATION + 400)).toBeGreaterThan(2.3);
    // Rows written on the COPY connections read back through the model, with their relations.
    const sample = await db.labObservation.findMany({
      take: 200,
      orderBy: { id: "asc" },
      include: { requisition: true, analysis: true },
    });
    for (const o of sample) {
      expect(o.requisition.personId).toBe(o.personId);
      expect(o.takenAt.getTime()).toBe(o.requisition.takenAt.getTime());
      if (o.finalAt && o.releasedAt)
        expect(o.releasedAt.getTime()).toBeGreaterThan(o.finalAt.getTime());
    }
    // A duplicate id is refused again: the primary key dropped for the load is back.
    const [first] = sample;
    await expect(
      db.$executeRaw`INSERT INTO lab_observation (id, requisition_id, person_id, analysis_code, release_category, status, taken_at)
                     VALUES (${first!.id}::uuid, ${first!.requisitionId}::uuid, ${first!.personId}::uuid, ${first!.analysisCode}, 'IMMEDIATE', 'FINAL', now())`,
    ).rejects.toThrow(/lab_observation_pkey/);
  });

  it("fails loudly when a loaded row points nowhere, and never touches the access log's guard", async () => {
    const db = t.owner;
    await expect(relaxForBulkLoad(db, ["access_log_entry"])).rejects.toThrow(/guarded/);
    const relaxed = await relaxForBulkLoad(db, ["lab_observation"]);
    const person = await db.person.findFirstOrThrow({ select: { id: true } });
    // No foreign key during the load: the row goes in, and the rebuild must catch it.
    await db.$executeRaw`INSERT INTO lab_observation (id, requisition_id, person_id, analysis_code, release_category, status, taken_at)
                         VALUES (${randomUUID()}::uuid, ${randomUUID()}::uuid, ${person.id}::uuid, 'NPU19748', 'IMMEDIATE', 'FINAL', now())`;
    await expect(relaxed.restore()).rejects.toThrow(/lab_observation_requisition_id_fkey/);
  });
});
