// `npm run bench:messages`: the backup sweep and the inbox page at volume. Builds its own data in
// the database at DATABASE_URL (meant for PostgreSQL; the embedded database works, slowly):
// BENCH_THREADS open threads (default 100 000) of which BENCH_BIG_INBOX (10 000) sit in one inbox.
//   sweep: time to forward 1 000 and then 10 000 due threads
//   inbox page: server time p50/p95 of the first and of a deep keyset page, and its statement count
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Actor } from "@/lib/access/actor";
import { getDb, type Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { runBackupSweep } from "@/lib/messages/backup-sweep";
import { listInboxThreads } from "@/lib/messages/list-inbox-threads";
import { summarise } from "./stats";

const THREADS = Number(process.env.BENCH_THREADS ?? 100_000);
const BIG = Number(process.env.BENCH_BIG_INBOX ?? 10_000);
const INBOXES = 10;
const PEOPLE = 2_000;
const PAGES = Number(process.env.BENCH_PAGES ?? 50);

const db = getDb();
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

async function setUp() {
  const t = performance.now();
  const org = randomUUID();
  const unit = randomUUID();
  const topic = randomUUID();
  const clinician = randomUUID();
  const inboxes = Array.from({ length: INBOXES }, () => randomUUID());
  const backup = randomUUID();
  await db.$executeRaw`INSERT INTO organisation (id, kind, name, org_number, municipality_code) VALUES (${org}::uuid, 'MUNICIPALITY', 'Benchmark kommune', ${String(Date.now()).slice(-9)}, '5099')`;
  await db.$executeRaw`INSERT INTO unit (id, organisation_id, kind, name) VALUES (${unit}::uuid, ${org}::uuid, 'HOME_NURSING', 'Benchmark-enhet')`;
  await db.$executeRaw`INSERT INTO clinician (id, national_id, given_name, family_name, profession) VALUES (${clinician}::uuid, ${`bench-${Date.now()}`}, 'Bench', 'Behandler', 'sykepleier')`;
  await db.$executeRaw`INSERT INTO unit_membership (clinician_id, unit_id) VALUES (${clinician}::uuid, ${unit}::uuid)`;
  await db.$executeRaw`INSERT INTO message_topic (id, unit_id, label) VALUES (${topic}::uuid, ${unit}::uuid, 'Annet')`;
  await db.$executeRaw`INSERT INTO inbox (id, organisation_id, unit_id, kind, owner_clinician_id, name, open_within_hours) VALUES (${backup}::uuid, ${org}::uuid, ${unit}::uuid, 'PERSONAL', ${clinician}::uuid, 'Backup', 24)`;
  for (const [i, id] of inboxes.entries()) {
    // Inbox 0 is the unit's shared inbox; the others are colleagues' personal ones.
    const owner = i === 0 ? null : randomUUID();
    if (owner)
      await db.$executeRaw`INSERT INTO clinician (id, national_id, given_name, family_name, profession) VALUES (${owner}::uuid, ${`bench-${owner}`}, 'Bench', 'Kollega', 'sykepleier')`;
    await db.$executeRaw`INSERT INTO inbox (id, organisation_id, unit_id, kind, owner_clinician_id, name, open_within_hours, backup_inbox_id) VALUES (${id}::uuid, ${org}::uuid, ${unit}::uuid, ${i === 0 ? "SHARED" : "PERSONAL"}::"InboxKind", ${owner}::uuid, ${`Innboks ${i}`}, 24, ${backup}::uuid)`;
  }
  await db.$executeRaw`INSERT INTO inbox_member (inbox_id, clinician_id) VALUES (${inboxes[0]}::uuid, ${clinician}::uuid)`;
  await db.$executeRaw`
    INSERT INTO person (id, national_id, given_name, family_name, birth_date, updated_at)
    SELECT gen_random_uuid(), 'bench-' || ${org} || '-' || g, 'Pasient', 'Nr' || g, DATE '1960-01-01' + (g % 20000), now()
    FROM generate_series(1, ${PEOPLE}) g`;
  await db.$executeRaw`
    INSERT INTO care_relation (id, person_id, unit_id, kind, valid_from)
    SELECT gen_random_uuid(), p.id, ${unit}::uuid, 'ENROLMENT', now() - interval '400 days' FROM person p WHERE p.national_id LIKE ${`bench-${org}-%`}`;
  // Threads: the first BIG in the big inbox, the rest spread over the others; all waiting, none opened,
  // deadlines in the future so that nothing is due until the benchmark says so.
  await db.$executeRaw`
    WITH people AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM person WHERE national_id LIKE ${`bench-${org}-%`}),
    threads AS (
      SELECT gen_random_uuid() AS id, g,
             (${inboxes}::uuid[])[CASE WHEN g <= ${BIG} THEN 1 ELSE 2 + (g % ${INBOXES - 1}) END] AS inbox_id,
             now() - make_interval(mins => g) AS at
      FROM generate_series(1, ${THREADS}) g
    )
    INSERT INTO message_thread (id, person_id, unit_id, topic_id, inbox_id, open_due_at, waiting_since, last_message_at, created_at)
    SELECT t.id, p.id, ${unit}::uuid, ${topic}::uuid, t.inbox_id, now() + interval '30 days', t.at, t.at, t.at
    FROM threads t JOIN people p ON p.n = t.g % ${PEOPLE}`;
  await db.$executeRaw`
    INSERT INTO message_thread_hop (thread_id, hop, to_inbox_id, reason, at)
    SELECT id, 0, inbox_id, 'ROUTED', created_at FROM message_thread WHERE unit_id = ${unit}::uuid`;
  await db.$executeRaw`ANALYZE`;
  console.log(`set-up: ${THREADS} threads (${BIG} in one inbox), ${PEOPLE} patients in ${ms(t)}`);
  return { unit, inboxes, clinician };
}

const { unit, inboxes, clinician } = await setUp();
try {
  for (const due of [1_000, 10_000]) {
    await db.$executeRaw`
      UPDATE message_thread SET open_due_at = now() - interval '1 minute'
      WHERE id IN (SELECT id FROM message_thread WHERE unit_id = ${unit}::uuid AND hop = 0 AND open_due_at > now() ORDER BY id LIMIT ${due})`;
    const t = performance.now();
    const result = await runBackupSweep(db, new Date());
    console.log(`backup sweep, ${due} due: ${result.forwarded} forwarded in ${ms(t)}`);
  }

  const actor: Actor = {
    kind: "CLINICIAN",
    sessionId: "bench",
    clinicianId: clinician,
    name: "Bench",
    profession: "sykepleier",
    units: [{ id: unit, name: "Benchmark-enhet", organisationName: "Benchmark kommune" }],
  };
  const first: number[] = [];
  const deep: number[] = [];
  let cursor: string | undefined;
  // Walk to a deep page once (about 5 000 threads in) to get its cursor.
  for (let i = 0; i < 250; i++) {
    const page = await listInboxThreads(db, actor, {
      inboxId: inboxes[0]!,
      view: "waiting",
      after: cursor,
    });
    cursor = page.next ?? cursor;
  }
  for (let i = 0; i < PAGES; i++) {
    let t = performance.now();
    await listInboxThreads(db, actor, { inboxId: inboxes[0]!, view: "waiting" });
    first.push(performance.now() - t);
    t = performance.now();
    await listInboxThreads(db, actor, { inboxId: inboxes[0]!, view: "waiting", after: cursor });
    deep.push(performance.now() - t);
  }
  console.log(summarise("inbox page 1 (20 rows, gate + log)", first));
  console.log(summarise("inbox page ~250 (keyset)", deep));

  const statements: string[] = [];
  const counting = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 1 }),
    log: [{ emit: "event", level: "query" }],
  });
  counting.$on("query", (e) => statements.push(e.query));
  await listInboxThreads(counting as unknown as Db, actor, {
    inboxId: inboxes[0]!,
    view: "waiting",
    after: cursor,
  });
  console.log(`inbox page statements: ${statements.length} (the same on every page)`);
  await counting.$disconnect();
} finally {
  await db.$disconnect();
}
