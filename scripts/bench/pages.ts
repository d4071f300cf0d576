// `npm run bench:pages`: what each signed-in page costs over HTTP, beside the app's shell page.
// Signs in citizens and a clinician server-side (UserSession rows and signed cookies, as the app's
// own sign-in makes them), starts the production server (`next start`, built with `npm run build`)
// unless BASE_URL points at one, and runs every page at 1, 10 and 50 connections, interleaved, in
// BENCH_PASSES passes of BENCH_SECONDS each. Prints figures; it never fails on a number.
//   BENCH_SECONDS (default 5)  BENCH_PASSES (2)  BENCH_CITIZENS (10)  BENCH_CONNECTIONS ("1,10,50")
//   BENCH_PORT (3190)  BASE_URL (an already running server; then no statement or CPU figures)
//   Then the booking over HTTP: BENCH_BOOK_POSTS (200) plain form posts at once from
//   BENCH_BOOK_CITIZENS (20) citizens on BENCH_BOOK_SLOTS (50) fresh slots (BENCH_BOOKING=0: skip).
//   BENCH_BOOK_PROCESSES (1): also run the booking spread round-robin over this many `next start`
//   processes of the checkout on one database, as a load balancer in front of several would.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { activeMembershipWhere } from "@/lib/access/health-personnel";
import { ABSOLUTE_SESSION_MS } from "@/lib/auth/idle";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-names";
import { createUserSession } from "@/lib/auth/session-store";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db/client";
import { osloDateKey } from "@/lib/time/oslo";
import { percentile } from "./stats";

type AutocannonClient = {
  setRequests(reqs: { method: string; path: string; headers: Record<string, string> }[]): void;
};
type AutocannonInstance = {
  on(
    event: "response",
    fn: (client: unknown, status: number, bytes: number, ms: number) => void,
  ): void;
};
type AutocannonResult = {
  requests: { total: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};
type Autocannon = (
  opts: Record<string, unknown>,
  cb: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PASSES = Number(process.env.BENCH_PASSES ?? 2);
const CITIZENS = Number(process.env.BENCH_CITIZENS ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "1,10,50").split(",").map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const secret = process.env.AUTH_SECRET;
if (!secret) throw new Error("AUTH_SECRET is not set (run through `npm run bench:pages`).");

const cookieFor = (sid: string) =>
  `${SESSION_COOKIE}=${encodeSessionToken({ token: { sid }, secret, salt: SESSION_COOKIE, maxAge: ABSOLUTE_SESSION_MS / 1000 })}`;

// --- sign in: citizens with an upcoming appointment, and a clinician at one of those units -------
const db = getDb();
const now = new Date();
const adult = new Date(now.getTime() - 18 * 365.25 * 86_400_000);
const booked = await db.appointment.findMany({
  where: {
    status: "BOOKED",
    slot: { startsAt: { gt: now } },
    person: { deathDate: null, birthDate: { lt: adult } },
  },
  distinct: ["personId"],
  orderBy: { personId: "asc" },
  take: CITIZENS,
  select: { id: true, personId: true, slot: { select: { unitId: true, startsAt: true } } },
});
if (booked.length === 0)
  throw new Error("No citizen with an upcoming appointment: run `npm run db:seed` first.");
const citizens = await Promise.all(
  booked.map(async (a) => ({
    cookie: cookieFor(
      await createUserSession(db, {
        kind: "CITIZEN",
        personId: a.personId,
        authMethod: "TEST_IDENTITY",
      }),
    ),
    appointmentId: a.id,
  })),
);
let clinician: { cookie: string; path: string } | null = null;
for (const a of booked) {
  const membership = await db.unitMembership.findFirst({
    where: {
      unitId: a.slot.unitId,
      ...activeMembershipWhere(now),
      clinician: { hprNumber: { not: null } },
    },
    select: { clinicianId: true },
  });
  if (!membership) continue;
  const sid = await createUserSession(db, {
    kind: "CLINICIAN",
    clinicianId: membership.clinicianId,
    authMethod: "TEST_IDENTITY",
  });
  clinician = {
    cookie: cookieFor(sid),
    path: `/behandler/enhet/${a.slot.unitId}?dag=${osloDateKey(a.slot.startsAt)}`,
  };
  break;
} // A clinician who reads a thread in their inbox (the seed's demo threads).
const thread = await db.messageThread.findFirst({
  where: { inbox: { members: { some: { clinician: { hprNumber: { not: null } } } } } },
  select: {
    id: true,
    inbox: {
      select: {
        members: {
          where: { clinician: { hprNumber: { not: null } } },
          select: { clinicianId: true },
          take: 1,
        },
      },
    },
  },
});
const threadReader = thread?.inbox.members[0]
  ? {
      cookie: cookieFor(
        await createUserSession(db, {
          kind: "CLINICIAN",
          clinicianId: thread.inbox.members[0].clinicianId,
          authMethod: "TEST_IDENTITY",
        }),
      ),
      path: `/behandler/melding/${thread.id}`,
    }
  : null;

// --- booking over HTTP: 20 citizens, 50 fresh slots at a self-booking unit ----------------------
const BOOK_CITIZENS = Number(process.env.BENCH_BOOK_CITIZENS ?? 20);
const BOOK_SLOTS = Number(process.env.BENCH_BOOK_SLOTS ?? 50);
const BOOK_POSTS = Number(process.env.BENCH_BOOK_POSTS ?? 200);
const bookingUnit = await db.unit.findFirst({ where: { selfBooking: true }, select: { id: true } });
const bookers = await db.person.findMany({
  where: { deathDate: null, birthDate: { lt: adult }, addressProtection: "NONE" },
  orderBy: { id: "desc" },
  take: BOOK_CITIZENS,
  select: { id: true },
});
const bookerCookies = await Promise.all(
  bookers.map(async (p) =>
    cookieFor(
      await createUserSession(db, { kind: "CITIZEN", personId: p.id, authMethod: "TEST_IDENTITY" }),
    ),
  ),
);
/** Fresh slots two weeks ahead, from a random quarter hour so repeated runs never collide. */
async function freshSlots(unitId: string): Promise<{ id: string; startsAt: Date }[]> {
  const base =
    Math.floor((Date.now() + 14 * 86_400_000) / 900_000) * 900_000 +
    Math.floor(Math.random() * 20_000) * 900_000;
  return getDb().slot.createManyAndReturn({
    data: Array.from({ length: BOOK_SLOTS }, (_, i) => ({
      unitId,
      startsAt: new Date(base + i * 15 * 60_000),
      endsAt: new Date(base + (i + 1) * 15 * 60_000),
      visitType: "Benchmark",
    })),
    select: { id: true, startsAt: true },
  });
}
await db.$disconnect();

type Page = { name: string; request: (i: number) => { path: string; cookie?: string } };
const citizen = (i: number) => citizens[i % citizens.length]!;
const pages: Page[] = [
  { name: "shell /tilgjengelighet", request: () => ({ path: "/tilgjengelighet" }) },
  { name: "Forside", request: (i) => ({ path: "/for/meg", cookie: citizen(i).cookie }) },
  {
    name: "Timeavtaler",
    request: (i) => ({ path: "/for/meg/timeavtaler", cookie: citizen(i).cookie }),
  },
  {
    name: "one appointment",
    request: (i) => ({
      path: `/for/meg/timeavtaler/${citizen(i).appointmentId}`,
      cookie: citizen(i).cookie,
    }),
  },
  {
    name: "Innsynslogg",
    request: (i) => ({ path: "/for/meg/innsynslogg", cookie: citizen(i).cookie }),
  },
  {
    name: "Fullmakter",
    request: (i) => ({ path: "/for/meg/fullmakter", cookie: citizen(i).cookie }),
  },
  {
    name: "Meldinger",
    request: (i) => ({ path: "/for/meg/meldinger", cookie: citizen(i).cookie }),
  },
  {
    name: "Prøvesvar",
    request: (i) => ({ path: "/for/meg/provesvar", cookie: citizen(i).cookie }),
  },
  {
    name: "Legemidler",
    request: (i) => ({ path: "/for/meg/legemidler", cookie: citizen(i).cookie }),
  },
  ...(clinician
    ? [
        {
          name: "clinician day list",
          request: () => ({ path: clinician!.path, cookie: clinician!.cookie }),
        },
        {
          name: "clinician release list",
          request: () => ({ path: "/behandler/provesvar", cookie: clinician!.cookie }),
        },
        {
          name: "clinician renewals",
          request: () => ({ path: "/behandler/fornyelser", cookie: clinician!.cookie }),
        },
      ]
    : []),
  ...(threadReader
    ? [
        {
          name: "clinician thread",
          request: () => ({ path: threadReader!.path, cookie: threadReader!.cookie }),
        },
      ]
    : []),
];

// --- the servers -----------------------------------------------------------------------------
// BENCH_BASELINE_DIR: a second checkout with its own build (e.g. the main branch before a change);
// both servers run and every cell is measured on one, then the other, so a loaded machine treats
// them alike.
type Target = { name: string; baseUrl: string; proc: ChildProcess | null; statements: number };

async function startServer(name: string, cwd: string, port: number): Promise<Target> {
  const target: Target = { name, baseUrl: `http://127.0.0.1:${port}`, proc: null, statements: 0 };
  const proc = spawn(
    process.execPath,
    [
      path.join(cwd, "node_modules/next/dist/bin/next"),
      "start",
      "--hostname",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    {
      cwd,
      env: { ...process.env, DB_COUNT_STATEMENTS: "1" },
      stdio: ["ignore", "inherit", "pipe"],
    },
  );
  target.proc = proc;
  createInterface({ input: proc.stderr! }).on("line", (line) => {
    const m = /^\[db-statements\] (\d+)$/.exec(line);
    if (m) target.statements = Number(m[1]);
    else console.error(`[${name}] ${line}`);
  });
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null)
      throw new Error(`the ${name} server exited; run \`npm run build\` first`);
    const up = await fetch(`${target.baseUrl}/tilgjengelighet`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 120) throw new Error(`the ${name} server did not start within a minute`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return target;
}

const targets: Target[] = [];
if (process.env.BASE_URL)
  targets.push({ name: "server", baseUrl: process.env.BASE_URL, proc: null, statements: 0 });
else {
  if (process.env.BENCH_BASELINE_DIR)
    targets.push(
      await startServer("before", path.resolve(process.env.BENCH_BASELINE_DIR), PORT + 1),
    );
  targets.push(
    await startServer(process.env.BENCH_BASELINE_DIR ? "after" : "server", process.cwd(), PORT),
  );
}
// More processes of the checkout under test, for the booking spread over them (never the pages).
const BOOK_PROCESSES = process.env.BASE_URL ? 1 : Number(process.env.BENCH_BOOK_PROCESSES ?? 1);
const bookingPeers: Target[] = [];
for (let i = 1; i < BOOK_PROCESSES; i++)
  bookingPeers.push(await startServer(`process ${i + 1}`, process.cwd(), PORT + 1 + i));
const stop = () => [...targets, ...bookingPeers].forEach((t) => t.proc?.kill("SIGTERM"));
process.on("exit", stop);

/** CPU seconds and RSS of a server process (Linux /proc; a server this script started). */
function serverUsage(target: Target): { cpuMs: number; rssMb: number } | null {
  if (!target.proc?.pid) return null;
  try {
    const stat = readFileSync(`/proc/${target.proc.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const ticks = Number(stat[11]) + Number(stat[12]); // utime + stime, in 1/100 s
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${target.proc.pid}/status`, "utf8"));
    return { cpuMs: ticks * 10, rssMb: rss ? Number(rss[1]) / 1024 : 0 };
  } catch {
    return null;
  }
}

type Row = {
  target: string;
  page: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statements: number | null;
  cpuMs: number | null;
  load: number;
};

/** The machine's 1-minute load average (a shared machine: every figure is printed with it). */
const loadAverage = () => Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);

async function run(target: Target, page: Page, connections: number): Promise<Row> {
  // Let the statement counter's last print land before reading it.
  await new Promise((r) => setTimeout(r, 600));
  const before = { statements: target.statements, usage: serverUsage(target) };
  const latencies: number[] = [];
  let clientNo = 0;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.baseUrl,
        connections,
        duration: SECONDS,
        setupClient(client: AutocannonClient) {
          const { path, cookie } = page.request(clientNo++);
          // setRequests, not setRequest: the latter lasts for the first request only.
          client.setRequests([{ method: "GET", path, headers: cookie ? { cookie } : {} }]);
        },
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_c, _s, _b, ms) => latencies.push(ms));
  });
  await new Promise((r) => setTimeout(r, 600));
  const after = { statements: target.statements, usage: serverUsage(target) };
  const total = Math.max(1, result.requests.total);
  latencies.sort((a, b) => a - b);
  return {
    target: target.name,
    page: page.name,
    connections,
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.non2xx + result.errors + result.timeouts,
    statements: target.proc ? (after.statements - before.statements) / total : null,
    cpuMs: before.usage && after.usage ? (after.usage.cpuMs - before.usage.cpuMs) / total : null,
    load: loadAverage(),
  };
}

/** The hidden fields of the booking form as a browser without JavaScript would post them. */
function hiddenFields(html: string): [string, string][] {
  const form =
    /<form[^>]*>(?:(?!<\/form>)[\s\S])*name="reason"[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
  const unescape = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const fields: [string, string][] = [];
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1]!;
    if (!/type="hidden"/.test(attrs)) continue;
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    if (name) fields.push([unescape(name), unescape(/value="([^"]*)"/.exec(attrs)?.[1] ?? "")]);
  }
  return fields;
}

/**
 * BOOK_POSTS simultaneous plain form posts ("Bestill", no JavaScript) from BOOK_CITIZENS citizens
 * on BOOK_SLOTS fresh slots: how many were booked (the database decides) and how long answers took.
 */
/** The booking race on one server, or spread round-robin over a group of processes of one build. */
async function bookingOverHttp(group: Target[]): Promise<string> {
  if (!bookingUnit || bookerCookies.length === 0)
    return "booking over HTTP: no self-booking unit or citizens";
  const target = group[0]!;
  const baseUrl = target.baseUrl;
  const bookSlots = await freshSlots(bookingUnit.id);
  const first = bookSlots[0]!;
  const day = osloDateKey(first.startsAt);
  const page = `/for/meg/timeavtaler/ny?enhet=${bookingUnit.id}&dag=${day}&tid=${first.id}`;
  const html = await fetch(`${baseUrl}${page}`, { headers: { cookie: bookerCookies[0]! } }).then(
    (r) => r.text(),
  );
  const hidden = hiddenFields(html).filter(([name]) => name !== "slotId");
  if (!hidden.some(([name]) => name.startsWith("$ACTION")))
    return "booking over HTTP: the booking form was not found";
  // Warm every process first (page and action code load on first use): GETs, and posts for a time
  // that does not exist, which are refused and book nothing.
  for (const member of group)
    for (let i = 0; i < 5; i++) {
      const headers = { cookie: bookerCookies[i % bookerCookies.length]!, origin: member.baseUrl };
      await fetch(`${member.baseUrl}${page}`, { headers }).then((r) => r.arrayBuffer());
      const body = new FormData();
      for (const [name, value] of hidden) body.append(name, value);
      body.set("slotId", "00000000-0000-4000-8000-000000000000");
      body.set("reason", "Oppvarming");
      await fetch(`${member.baseUrl}${page}`, {
        method: "POST",
        body,
        redirect: "manual",
        headers,
      }).then((r) => r.arrayBuffer());
    }
  // CPU of every process in the group: where the wall time goes.
  const groupCpu = () => {
    const used = group.map((t) => serverUsage(t)?.cpuMs);
    return used.every((ms) => ms !== undefined) ? used.reduce((a, b) => a! + b!, 0) : undefined;
  };
  const cpuBefore = groupCpu();
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: BOOK_POSTS }, async (_, i) => {
      const body = new FormData();
      for (const [name, value] of hidden) body.append(name, value);
      body.set("slotId", bookSlots[i % bookSlots.length]!.id);
      body.set("reason", "Benchmark");
      const t0 = performance.now();
      const server = group[i % group.length]!.baseUrl;
      const res = await fetch(`${server}${page}`, {
        method: "POST",
        body,
        redirect: "manual",
        headers: { cookie: bookerCookies[i % bookerCookies.length]!, origin: server },
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - t0 };
    }),
  );
  const wall = performance.now() - started;
  const cpuAfter = groupCpu();
  // Server CPU per post (started servers only), summed over the group's processes.
  const cpuPerPost =
    cpuBefore !== undefined && cpuAfter !== undefined
      ? `, server CPU ${((cpuAfter - cpuBefore) / BOOK_POSTS).toFixed(1)} ms per post`
      : "";
  const check = getDb();
  const load = loadAverage();
  const booked = await check.appointment.count({
    where: { slotId: { in: bookSlots.map((s) => s.id) }, status: "BOOKED" },
  });
  const perSlot = await check.appointment.groupBy({
    by: ["slotId"],
    where: { slotId: { in: bookSlots.map((s) => s.id) } },
    _count: true,
  });
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  const statuses = new Map<number, number>();
  for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
  return (
    `[${target.name}${group.length > 1 ? ` and ${group.length - 1} more process(es)` : ""}] booking over HTTP: ${BOOK_POSTS} simultaneous posts from ${bookerCookies.length} citizens on ${bookSlots.length} slots: ` +
    `${booked} booked (${perSlot.filter((g) => g._count > 1).length} slots twice), all answered within ${(wall / 1000).toFixed(2)} s ` +
    `(p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, max ${ms[ms.length - 1]!.toFixed(0)} ms); ` +
    `answers ${[...statuses].map(([s, n]) => `${n}× ${s}`).join(", ")}${cpuPerPost}; load ${load.toFixed(1)}`
  );
}

/** Stops the servers and prints the table (also when stopped early: SIGTERM/SIGINT). */
let reported = false;
function report(): void {
  if (reported) return;
  reported = true;
  stop();
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  console.log(
    `\n${citizens.length} citizens, ${PASSES} pass(es) of ${SECONDS} s per cell, servers: ${targets.map((t) => `${t.name} ${t.baseUrl}`).join(", ")}; figures are the mean of the passes`,
  );
  console.log(`load average at the start: ${startLoad}`);
  console.log(
    [
      "server",
      "page",
      "conns",
      "req/s",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "errors",
      "x shell",
      "stmts/req",
      "CPU ms/req",
      "load",
    ].join("\t"),
  );
  for (const connections of CONNECTIONS) {
    for (const target of targets) {
      const shell = mean(
        rows
          .filter(
            (r) =>
              r.target === target.name &&
              r.page === pages[0]!.name &&
              r.connections === connections,
          )
          .map((r) => r.rps),
      );
      for (const page of pages) {
        const cell = rows.filter(
          (r) => r.target === target.name && r.page === page.name && r.connections === connections,
        );
        if (cell.length === 0) continue;
        const m = (f: (r: Row) => number) => mean(cell.map(f));
        const fmt = (f: (r: Row) => number | null, digits: number) =>
          cell[0] && f(cell[0]) !== null ? m((r) => f(r) ?? 0).toFixed(digits) : "-";
        console.log(
          [
            target.name,
            page.name,
            connections,
            m((r) => r.rps).toFixed(0),
            m((r) => r.p50).toFixed(1),
            m((r) => r.p95).toFixed(1),
            m((r) => r.p99).toFixed(1),
            cell.reduce((s, r) => s + r.errors, 0),
            (m((r) => r.rps) / shell).toFixed(2),
            fmt((r) => r.statements, 1),
            fmt((r) => r.cpuMs, 1),
            m((r) => r.load).toFixed(1),
          ].join("\t"),
        );
      }
    }
  }
  for (const [name, mb] of rss)
    console.log(`[${name}] server RSS after the load run: ${mb.toFixed(0)} MB`);
  for (const line of bookingLines) console.log(line);
  console.log(
    `load average at the end: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
  );
}
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    report();
    process.exit(130);
  });
}

const rows: Row[] = [];
const bookingLines: string[] = [];
const startLoad = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const rss = new Map<string, number>();
try {
  // Warm up: each route's first request loads its code; that is start-up, not the page's cost.
  for (const target of targets) {
    for (const page of pages) {
      const { path: pagePath, cookie } = page.request(0);
      for (let i = 0; i < 3; i++)
        await fetch(`${target.baseUrl}${pagePath}`, { headers: cookie ? { cookie } : {} }).then(
          (r) => r.arrayBuffer(),
          () => null,
        );
    }
  }
  for (let pass = 1; pass <= PASSES; pass++) {
    for (const connections of CONNECTIONS) {
      for (const page of pages) {
        for (const target of pass % 2 === 1 ? targets : [...targets].reverse()) {
          const row = await run(target, page, connections);
          rows.push(row);
          console.error(
            `pass ${pass}: [${target.name}] ${page.name} @${connections}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50.toFixed(0)} p95 ${row.p95.toFixed(0)} p99 ${row.p99.toFixed(0)} ms, ` +
              `${row.errors} errors, ${row.statements?.toFixed(1) ?? "-"} stmts/req, ${row.cpuMs?.toFixed(1) ?? "-"} CPU ms/req (load ${row.load})`,
          );
        }
      }
    }
  }
  for (const target of targets) {
    const usage = serverUsage(target);
    if (usage) rss.set(target.name, usage.rssMb);
  }
  if (process.env.BENCH_BOOKING !== "0") {
    for (const target of targets) {
      bookingLines.push(await bookingOverHttp([target]));
      console.error(bookingLines.at(-1));
    }
    if (bookingPeers.length > 0) {
      bookingLines.push(await bookingOverHttp([targets.at(-1)!, ...bookingPeers]));
      console.error(bookingLines.at(-1));
    }
  }
} finally {
  report();
}
