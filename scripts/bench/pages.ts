// `npm run bench:pages`: what each signed-in page costs over HTTP, beside the app's shell page.
// Signs in citizens and a clinician server-side (UserSession rows and signed cookies, as the app's
// own sign-in makes them), starts the production server (`next start`, built with `npm run build`)
// unless BASE_URL points at one, and runs every page at 1, 10 and 50 connections, interleaved, in
// BENCH_PASSES passes of BENCH_SECONDS each. Prints figures; it never fails on a number.
//   BENCH_SECONDS (default 5)  BENCH_PASSES (2)  BENCH_CITIZENS (10)  BENCH_CONNECTIONS ("1,10,50")
//   BENCH_PORT (3190)  BASE_URL (an already running server; then no statement or CPU figures)
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { activeMembershipWhere } from "@/lib/access/health-personnel";
import { ABSOLUTE_SESSION_MS } from "@/lib/auth/idle";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-names";
import { createUserSession } from "@/lib/auth/session-store";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db/client";
import { osloDateKey } from "@/lib/time/oslo";
import { percentile } from "./stats";

type AutocannonClient = { setRequests(reqs: { method: string; path: string; headers: Record<string, string> }[]): void };
type AutocannonInstance = { on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void };
type AutocannonResult = { requests: { total: number }; duration: number; non2xx: number; errors: number; timeouts: number };
type Autocannon = ((opts: Record<string, unknown>, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance);
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
  where: { status: "BOOKED", slot: { startsAt: { gt: now } }, person: { deathDate: null, birthDate: { lt: adult } } },
  distinct: ["personId"],
  orderBy: { personId: "asc" },
  take: CITIZENS,
  select: { id: true, personId: true, slot: { select: { unitId: true, startsAt: true } } },
});
if (booked.length === 0) throw new Error("No citizen with an upcoming appointment: run `npm run db:seed` first.");
const citizens = await Promise.all(
  booked.map(async (a) => ({
    cookie: cookieFor(await createUserSession(db, { kind: "CITIZEN", personId: a.personId, authMethod: "TEST_IDENTITY" })),
    appointmentId: a.id,
  })),
);
let clinician: { cookie: string; path: string } | null = null;
for (const a of booked) {
  const membership = await db.unitMembership.findFirst({
    where: { unitId: a.slot.unitId, ...activeMembershipWhere(now), clinician: { hprNumber: { not: null } } },
    select: { clinicianId: true },
  });
  if (!membership) continue;
  const sid = await createUserSession(db, { kind: "CLINICIAN", clinicianId: membership.clinicianId, authMethod: "TEST_IDENTITY" });
  clinician = { cookie: cookieFor(sid), path: `/behandler/enhet/${a.slot.unitId}?dag=${osloDateKey(a.slot.startsAt)}` };
  break;
}
await db.$disconnect();

type Page = { name: string; request: (i: number) => { path: string; cookie?: string } };
const citizen = (i: number) => citizens[i % citizens.length]!;
const pages: Page[] = [
  { name: "shell /tilgjengelighet", request: () => ({ path: "/tilgjengelighet" }) },
  { name: "Forside", request: (i) => ({ path: "/for/meg", cookie: citizen(i).cookie }) },
  { name: "Timeavtaler", request: (i) => ({ path: "/for/meg/timeavtaler", cookie: citizen(i).cookie }) },
  { name: "one appointment", request: (i) => ({ path: `/for/meg/timeavtaler/${citizen(i).appointmentId}`, cookie: citizen(i).cookie }) },
  { name: "Innsynslogg", request: (i) => ({ path: "/for/meg/innsynslogg", cookie: citizen(i).cookie }) },
  { name: "Fullmakter", request: (i) => ({ path: "/for/meg/fullmakter", cookie: citizen(i).cookie }) },
  ...(clinician ? [{ name: "clinician day list", request: () => ({ path: clinician!.path, cookie: clinician!.cookie }) }] : []),
];

// --- the server ------------------------------------------------------------------------------
let server: ChildProcess | null = null;
let statements = 0;
let baseUrl = process.env.BASE_URL;
if (!baseUrl) {
  baseUrl = `http://127.0.0.1:${PORT}`;
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1", "--port", String(PORT)], {
    env: { ...process.env, DB_COUNT_STATEMENTS: "1" },
    stdio: ["ignore", "inherit", "pipe"],
  });
  createInterface({ input: server.stderr! }).on("line", (line) => {
    const m = /^\[db-statements\] (\d+)$/.exec(line);
    if (m) statements = Number(m[1]);
    else console.error(line);
  });
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error("the server exited; run `npm run build` first");
    const up = await fetch(`${baseUrl}/tilgjengelighet`).then((r) => r.ok, () => false);
    if (up) break;
    if (i > 120) throw new Error("the server did not start within a minute");
    await new Promise((r) => setTimeout(r, 500));
  }
}
const stop = () => server?.kill("SIGTERM");
process.on("exit", stop);

/** CPU seconds and RSS of the server process (Linux /proc; the server this script started). */
function serverUsage(): { cpuMs: number; rssMb: number } | null {
  if (!server?.pid) return null;
  try {
    const stat = readFileSync(`/proc/${server.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const ticks = Number(stat[11]) + Number(stat[12]); // utime + stime, in 1/100 s
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"));
    return { cpuMs: ticks * 10, rssMb: rss ? Number(rss[1]) / 1024 : 0 };
  } catch {
    return null;
  }
}

type Row = { page: string; connections: number; rps: number; p50: number; p95: number; p99: number; errors: number; statements: number | null; cpuMs: number | null };

async function run(page: Page, connections: number): Promise<Row> {
  // Let the statement counter's last print land before reading it.
  await new Promise((r) => setTimeout(r, 600));
  const before = { statements, usage: serverUsage() };
  const latencies: number[] = [];
  let clientNo = 0;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
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
  const after = { statements, usage: serverUsage() };
  const total = Math.max(1, result.requests.total);
  latencies.sort((a, b) => a - b);
  return {
    page: page.name,
    connections,
    rps: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.non2xx + result.errors + result.timeouts,
    statements: server ? (after.statements - before.statements) / total : null,
    cpuMs: before.usage && after.usage ? (after.usage.cpuMs - before.usage.cpuMs) / total : null,
  };
}

const rows: Row[] = [];
try {
  for (let pass = 1; pass <= PASSES; pass++) {
    for (const connections of CONNECTIONS) {
      for (const page of pages) {
        const row = await run(page, connections);
        rows.push(row);
        console.error(`pass ${pass}: ${page.name} @${connections}: ${row.rps.toFixed(0)} req/s`);
      }
    }
  }
} finally {
  const usage = serverUsage();
  stop();
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  console.log(`\n${citizens.length} citizens, ${PASSES} pass(es) of ${SECONDS} s per cell, ${baseUrl}; figures are the mean of the passes`);
  console.log(["page", "conns", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "x shell", "stmts/req", "CPU ms/req"].join("\t"));
  for (const connections of CONNECTIONS) {
    const shell = mean(rows.filter((r) => r.page === pages[0]!.name && r.connections === connections).map((r) => r.rps));
    for (const page of pages) {
      const cell = rows.filter((r) => r.page === page.name && r.connections === connections);
      if (cell.length === 0) continue;
      const m = (f: (r: Row) => number) => mean(cell.map(f));
      const fmt = (f: (r: Row) => number | null, digits: number) => (cell[0] && f(cell[0]) !== null ? m((r) => f(r) ?? 0).toFixed(digits) : "-");
      console.log(
        [page.name, connections, m((r) => r.rps).toFixed(0), m((r) => r.p50).toFixed(1), m((r) => r.p95).toFixed(1), m((r) => r.p99).toFixed(1),
          cell.reduce((s, r) => s + r.errors, 0), (m((r) => r.rps) / shell).toFixed(2), fmt((r) => r.statements, 1), fmt((r) => r.cpuMs, 1)].join("\t"),
      );
    }
  }
  if (usage) console.log(`server RSS after the run: ${usage.rssMb.toFixed(0)} MB`);
}
