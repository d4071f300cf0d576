// `npm run bench:access`: what the access gate costs per read, and how fast the log takes entries.
// Runs against DATABASE_URL (the wrapper starts the embedded database when it is unset).
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { runConcurrently, summarise } from "./stats";

const READS = Number(process.env.BENCH_READS ?? 300);
const WRITES = Number(process.env.BENCH_WRITES ?? 500);
const CONCURRENCY = Number(
  process.env.BENCH_CONCURRENCY ?? (process.env.DB_POOL_MAX === "1" ? 1 : 10),
);

const db = getDb();
try {
  const person = await db.person.findFirst({
    where: { deathDate: null, appointments: { some: {} } },
    select: { id: true, givenName: true, familyName: true },
  });
  if (!person) throw new Error("No seeded person with appointments: run `npm run db:seed` first.");
  const actor: Actor = {
    kind: "CITIZEN",
    sessionId: "bench",
    personId: person.id,
    name: `${person.givenName} ${person.familyName}`,
  };
  const read = (tx: Pick<typeof db, "appointment">) =>
    tx.appointment.findMany({
      where: { personId: person.id },
      include: { slot: { include: { unit: true } } },
    });

  for (let i = 0; i < 20; i++) await read(db); // warm up connections and query plans
  const raw: number[] = [];
  for (let i = 0; i < READS; i++) {
    const t = performance.now();
    await read(db);
    raw.push(performance.now() - t);
  }
  const gated: number[] = [];
  for (let i = 0; i < READS; i++) {
    const t = performance.now();
    await withAccess(
      db,
      actor,
      { subject: "meg", category: "APPOINTMENTS", action: "READ" },
      (tx) => read(tx),
    );
    gated.push(performance.now() - t);
  }
  console.log(summarise("read without gate (not allowed in the app)", raw));
  console.log(summarise("same read through the gate + log entry", gated));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(`gate overhead per read (p50): ${(median(gated) - median(raw)).toFixed(2)} ms`);

  const people = await db.person.findMany({
    where: { deathDate: null },
    select: { id: true, givenName: true, familyName: true },
    take: 50,
  });
  const started = performance.now();
  await runConcurrently(WRITES, CONCURRENCY, async (i) => {
    const p = people[i % people.length]!;
    const a: Actor = {
      kind: "CITIZEN",
      sessionId: "bench",
      personId: p.id,
      name: `${p.givenName} ${p.familyName}`,
    };
    await withAccess(
      db,
      a,
      { subject: "meg", category: "PROFILE", action: "READ" },
      async () => null,
    );
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `access log inserts through the gate: ${WRITES} in ${seconds.toFixed(2)} s = ${(WRITES / seconds).toFixed(0)} entries/s (concurrency ${CONCURRENCY}, ${people.length} people)`,
  );
} finally {
  await db.$disconnect();
}
