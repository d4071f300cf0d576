// `npm run bench:booking -- [attempts] [slots]`: N concurrent booking attempts on M fresh slots,
// through the same domain function the booking page calls. Prints latency and how many won.
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { SlotTakenError } from "@/lib/appointments/errors";
import { runConcurrently, summarise } from "./stats";

const [attemptsArg, slotsArg] = process.argv.slice(2).filter((a) => /^\d+$/.test(a));
const ATTEMPTS = Number(attemptsArg ?? 200);
const SLOTS = Number(slotsArg ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? ATTEMPTS);

const db = getDb();
try {
  const unit = await db.unit.findFirst({
    where: { selfBooking: true },
    select: { id: true, name: true },
  });
  if (!unit) throw new Error("No self-booking unit: run `npm run db:seed` first.");
  const people = await db.person.findMany({
    where: { deathDate: null, birthDate: { lt: new Date(Date.now() - 18 * 365.25 * 86_400_000) } },
    select: { id: true, givenName: true, familyName: true },
    take: ATTEMPTS,
  });
  // Fresh slots far ahead, at a random minute so repeated runs never collide.
  const base = Date.now() + 200 * 86_400_000 + Math.floor(Math.random() * 1_000_000) * 60_000;
  const slots = await db.slot.createManyAndReturn({
    data: Array.from({ length: SLOTS }, (_, i) => ({
      unitId: unit.id,
      startsAt: new Date(base + i * 30 * 60_000),
      endsAt: new Date(base + (i + 1) * 30 * 60_000),
      visitType: "Benchmark",
    })),
    select: { id: true },
  });

  const latencies: number[] = [];
  let won = 0;
  let taken = 0;
  let failed = 0;
  const started = performance.now();
  await runConcurrently(ATTEMPTS, CONCURRENCY, async (i) => {
    const p = people[i % people.length]!;
    const actor: Actor = {
      kind: "CITIZEN",
      sessionId: "bench",
      personId: p.id,
      name: `${p.givenName} ${p.familyName}`,
    };
    const slot = slots[i % slots.length]!;
    const t = performance.now();
    try {
      await bookAppointment(db, actor, { subject: "meg", slotId: slot.id, reason: "Benchmark" });
      won++;
    } catch (e) {
      if (e instanceof SlotTakenError) taken++;
      else {
        failed++;
        if (failed <= 3) console.error(e);
      }
    } finally {
      latencies.push(performance.now() - t);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${ATTEMPTS} attempts on ${SLOTS} slots at ${unit.name}, concurrency ${CONCURRENCY}, pool ${process.env.DB_POOL_MAX ?? 10}`,
  );
  console.log(summarise("booking latency", latencies));
  console.log(
    `booked: ${won} (expected ${Math.min(SLOTS, ATTEMPTS)}), "just taken": ${taken}, errors: ${failed}, ${(ATTEMPTS / seconds).toFixed(0)} attempts/s`,
  );
  if (won !== Math.min(SLOTS, ATTEMPTS) || failed > 0) process.exitCode = 1;
} finally {
  await db.$disconnect();
}
