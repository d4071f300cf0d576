/**
 * Seeds the synthetic Fjordvik region. `npm run db:seed` runs it through scripts/with-db.ts, which
 * starts the embedded database when DATABASE_URL is unset.
 *
 *   npm run db:seed                          the fixed region (~200 citizens, ~30 clinicians)
 *   npm run db:seed -- --patients 100000     plus 100 000 citizens for load tests
 *   npm run db:seed -- --today 2026-03-01    pretend today is another Oslo day
 */
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { startOfOsloDay } from "@/lib/time/oslo";
import { demoRegion } from "./seed/demo-people";
import { ORG_IDS } from "./seed/organisations";
import { runSeed } from "./seed/run";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      patients: { type: "string", default: "0" },
      today: { type: "string" },
      batch: { type: "string", default: "2000" },
    },
  });
  const patients = Number(values.patients);
  const batchSize = Number(values.batch);
  if (!Number.isInteger(patients) || patients < 0)
    throw new Error(`--patients must be a whole number, got ${values.patients}`);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`--batch must be a positive number, got ${values.batch}`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new Error(`--today must be YYYY-MM-DD, got ${values.today}`);
  }
  // Noon avoids any doubt about which Oslo day a pinned date means.
  const now = values.today
    ? new Date(startOfOsloDay(values.today).getTime() + 12 * 3_600_000)
    : new Date();

  // Seeding is the owner's job (with two roles): it writes a dated demo access history.
  const url = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set; run through `npm run db:seed` (scripts/with-db.ts).");
  const db = createPrismaClient(url);
  try {
    // The seed writes fixed ids into an empty database; a second run would only collide.
    const existing = await db.organisation.findUnique({
      where: { id: ORG_IDS.municipality },
      select: { name: true },
    });
    if (existing) {
      console.log(
        `${existing.name} is already seeded; to start over, delete the data directory (.data/pglite).`,
      );
      return;
    }
    console.log(
      `Seeding Fjordvik (today ${now.toISOString().slice(0, 10)}, +${patients} patients)`,
    );
    const started = performance.now();
    await runSeed(db, {
      now,
      options: { patients, batchSize },
      log: (line) => console.log(line),
      connectionString: url,
    });
    console.log(
      `  ${"total".padEnd(26)} ${String(Math.round(performance.now() - started)).padStart(7)} ms`,
    );
    const demo = demoRegion(now);
    console.log("\nDemo people (national ids change on 1 January for citizens):");
    for (const p of Object.values(demo.citizens)) {
      console.log(
        `  ${p.nationalId}  ${`${p.givenName} ${p.familyName}`.padEnd(18)} ${String(p.age).padStart(2)}  ${p.id}`,
      );
    }
    for (const c of Object.values(demo.clinicians)) {
      console.log(
        `  ${c.nationalId}  ${`${c.givenName} ${c.familyName}`.padEnd(18)} ${c.profession}  HPR ${c.hprNumber ?? "-"}  ${c.id}`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
