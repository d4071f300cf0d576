/**
 * npm run bench:record -- [--url http://127.0.0.1:3000] [--seconds 10] [--connections 1,10,50]
 *
 * Measures the lab result and medication pages over HTTP against a running production server
 * (`npm run build && npm start`, ideally on PostgreSQL with the `--patients 100000` region) with
 * signed-in citizen sessions: the results list, one analysis's trend and the medication list, for a
 * person with 50 and one with 5,000 results, at each connection count, beside the anonymous shell
 * page (/tilgjengelighet) in the same run, so a page's cost shows as a share of the shell's req/s.
 * Every row carries the machine's load average (a shared machine's figures mean little without it).
 * Also prints the SQL statements each page's data costs (counted in-process on the same database).
 *
 * It needs the same DATABASE_URL and AUTH_SECRET as the server (scripts/with-db.ts gives both when
 * the server was started the same way) and a seeded database (the analysis dictionary). It adds two
 * bench people ("Bench Femti" with 50 results, "Bench Femtusen" with 5,000) once, and mints their
 * sessions as the sign-in does.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Actor } from "@/lib/access/actor";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-names";
import { createUserSession } from "@/lib/auth/session-store";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getAnalysisTrend } from "@/lib/record/lab-results/get-analysis-trend";
import { listLabResults } from "@/lib/record/lab-results/list-lab-results";
import { listMedications } from "@/lib/record/medications/list-medications";
import { bulkInsert } from "@/prisma/seed/bulk-insert";
import { seedId } from "@/prisma/seed/ids";
import { LAB_ANALYSES, LAB_PANELS, PERFORMING_LAB } from "@/prisma/seed/lab-dictionary";
import { NationalIdAllocator } from "@/prisma/seed/national-ids";
import { UNIT_IDS } from "@/prisma/seed/organisations";
import { percentile } from "./stats";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "1,10,50" },
  },
});
const BASE = values.url.replace(/\/$/, "");
const SECONDS = Number(values.seconds);
const CONNECTIONS = values.connections.split(",").map(Number);
const TREND_CODE = LAB_ANALYSES.ldl.code;
const DAY = 86_400_000;

/** A bench person with `results` results (four a requisition, one a week back), created once. */
async function benchPerson(
  db: Db,
  key: string,
  givenName: string,
  results: number,
): Promise<string> {
  const id = seedId(`bench:person:${key}`);
  if (await db.person.findUnique({ where: { id }, select: { id: true } })) return id;
  const birthDate = new Date(Date.UTC(1970, 4, 17));
  const allocator = new NationalIdAllocator("down");
  let nationalId = allocator.allocate(birthDate, "female");
  while (await db.person.findUnique({ where: { nationalId }, select: { id: true } }))
    nationalId = allocator.allocate(birthDate, "female");
  await db.person.create({ data: { id, nationalId, givenName, familyName: "Benk", birthDate } });
  await db.careRelation.create({
    data: {
      personId: id,
      unitId: UNIT_IDS.gp1,
      kind: "GP_LIST",
      validFrom: new Date(Date.now() - 3000 * DAY),
    },
  });
  // Three current medications, as an ordinary citizen of the region has.
  const today = new Date(new Date().toISOString().slice(0, 10));
  await db.medicationStatement.createMany({
    data: [
      ["Levaxin", "H03AA01", "100 mikrogram", "tablett"],
      ["Atorvastatin", "C10AA05", "20 mg", "tablett"],
      ["Ramipril", "C09AA05", "5 mg", "tablett"],
    ].map(([name, atcCode, strength, form], i) => ({
      id: seedId(`bench:medication:${key}:${i}`),
      personId: id,
      name: name!,
      atcCode: atcCode!,
      strength: strength!,
      form: form!,
      dosage: "1 tablett daglig",
      instruction: "Tas om morgenen",
      reason: "Fast medisin",
      status: "ACTIVE" as const,
      startDate: new Date(today.getTime() - 400 * DAY),
      unitId: UNIT_IDS.gp1,
      prescriptionValidUntil: new Date(today.getTime() + 200 * DAY),
      dispensesAllowed: 4,
      dispensesUsed: 1,
    })),
  });
  const panels = LAB_PANELS.filter((p) => p.length === 4);
  const requisitions: Array<{ id: string; takenAt: Date }> = [];
  const observations: Array<{
    id: string;
    requisitionId: string;
    code: string;
    unit: string;
    value: number;
    low: number | null;
    high: number | null;
    takenAt: Date;
  }> = [];
  for (let i = 0; i < results / 4; i++) {
    const reqId = seedId(`bench:req:${key}:${i}`);
    const takenAt = new Date(Date.now() - (i + 1) * 2 * DAY);
    requisitions.push({ id: reqId, takenAt });
    const panel =
      i % 3 === 0
        ? (["ldl", "cholesterol", "hba1c", "glucose"] as const)
        : panels[i % panels.length]!;
    for (const key2 of panel) {
      const a = LAB_ANALYSES[key2];
      const r = a.ranges[a.ranges.length - 1]!;
      const low = "low" in r ? (r.low ?? null) : null;
      const high = "high" in r ? (r.high ?? null) : null;
      const value =
        low !== null && high !== null
          ? low + ((high - low) * ((i * 7) % 10)) / 9
          : (high ?? low ?? 1) * 0.8;
      observations.push({
        id: seedId(`bench:obs:${key}:${i}:${key2}`),
        requisitionId: reqId,
        code: a.code,
        unit: a.unit,
        value,
        low,
        high,
        takenAt,
      });
    }
  }
  await bulkInsert(
    db,
    "lab_requisition",
    [
      { name: "id", type: "uuid", value: (r: (typeof requisitions)[number]) => r.id },
      { name: "person_id", type: "uuid", value: () => id },
      { name: "ordering_unit_id", type: "uuid", value: () => UNIT_IDS.gp1 },
      { name: "performing_lab", type: "text", value: () => PERFORMING_LAB },
      { name: "taken_at", type: "timestamptz", value: (r) => r.takenAt },
      { name: "issued_at", type: "timestamptz", value: (r) => r.takenAt },
    ],
    requisitions,
    2000,
  );
  await bulkInsert(
    db,
    "lab_observation",
    [
      { name: "id", type: "uuid", value: (o: (typeof observations)[number]) => o.id },
      { name: "requisition_id", type: "uuid", value: (o) => o.requisitionId },
      { name: "person_id", type: "uuid", value: () => id },
      { name: "analysis_code", type: "text", value: (o) => o.code },
      { name: "value_quantity", type: "numeric", value: (o) => Number(o.value.toFixed(2)) },
      { name: "unit", type: "text", value: (o) => o.unit },
      { name: "reference_low", type: "numeric", value: (o) => o.low },
      { name: "reference_high", type: "numeric", value: (o) => o.high },
      { name: "interpretation", type: '"LabInterpretation"', value: () => "NORMAL" },
      { name: "status", type: '"LabObservationStatus"', value: () => "FINAL" },
      { name: "taken_at", type: "timestamptz", value: (o) => o.takenAt },
      { name: "issued_at", type: "timestamptz", value: (o) => o.takenAt },
      { name: "final_at", type: "timestamptz", value: (o) => o.takenAt },
      { name: "released_at", type: "timestamptz", value: (o) => o.takenAt },
    ],
    observations,
    4000,
  );
  return id;
}

/** A signed-in citizen session cookie, made the way the sign-in makes it. */
async function sessionCookie(db: Db, personId: string): Promise<string> {
  const secret = process.env.AUTH_SECRET;
  if (!secret)
    throw new Error(
      "AUTH_SECRET is not set: run through npm run bench:record (scripts/with-db.ts) like the server.",
    );
  const sid = await createUserSession(db, {
    kind: "CITIZEN",
    personId,
    authMethod: "TEST_IDENTITY",
  });
  const token = encodeSessionToken({
    token: { sid },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 12 * 3600,
  });
  return `${SESSION_COOKIE}=${token}`;
}

const agentFor = (connections: number) =>
  new http.Agent({ keepAlive: true, maxSockets: connections });

function get(
  path: string,
  cookie: string | null,
  agent: http.Agent,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${BASE}${path}`, { agent, headers: cookie ? { cookie } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
  });
}

/** `connections` clients each sending one request after the other for SECONDS. */
async function load(path: string, cookie: string | null, connections: number) {
  const agent = agentFor(connections);
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        try {
          const res = await get(path, cookie, agent);
          if (res.status !== 200) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / SECONDS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors,
    n: latencies.length,
  };
}

/** Statements one call sends (transaction control included), on a counting client. */
async function statementsOf(url: string, work: (db: Db) => Promise<unknown>): Promise<number> {
  const statements: string[] = [];
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 1 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (e) => statements.push(e.query));
  try {
    await work(client as unknown as Db);
    statements.length = 0;
    await work(client as unknown as Db);
    return statements.length;
  } finally {
    await client.$disconnect();
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run through npm run bench:record.");
  const db = createPrismaClient(url, 2);
  try {
    if (!(await db.labAnalysis.findUnique({ where: { code: TREND_CODE } })))
      throw new Error("The database has no analysis dictionary: run npm run db:seed first.");
    const people = [
      { label: "50 results", id: await benchPerson(db, "50", "Femti", 50) },
      { label: "5,000 results", id: await benchPerson(db, "5000", "Femtusen", 5000) },
    ];
    const cookies = new Map<string, string>();
    for (const p of people) cookies.set(p.id, await sessionCookie(db, p.id));

    const actorOf = (id: string): Actor => ({
      kind: "CITIZEN",
      sessionId: "bench",
      personId: id,
      name: "Bench",
    });
    console.log("SQL statements per page's data (gate, choice, data, log; BEGIN/COMMIT counted):");
    for (const p of people) {
      const list = await statementsOf(url, (c) => listLabResults(c, actorOf(p.id), "meg"));
      const trend = await statementsOf(url, (c) =>
        getAnalysisTrend(c, actorOf(p.id), "meg", TREND_CODE, { locale: "nb" }),
      );
      const medications = await statementsOf(url, (c) => listMedications(c, actorOf(p.id), "meg"));
      console.log(
        `  ${p.label.padEnd(14)} results list ${list}, trend ${trend}, medication list ${medications}`,
      );
    }
    console.log(
      "  (each page also reads the session and the acting-for menu: the same for every page)",
    );

    // Each page must answer 200 with its heading for the cookie to count as signed in.
    for (const p of people) {
      const res = await get("/for/meg/provesvar", cookies.get(p.id)!, agentFor(1));
      if (res.status !== 200 || !res.body.includes("Prøvesvar"))
        throw new Error(
          `the results page answered ${res.status}: is the server on ${BASE} using this database and AUTH_SECRET?`,
        );
    }

    const pages = [
      {
        name: "shell (/tilgjengelighet)",
        path: "/tilgjengelighet",
        person: null as null | (typeof people)[number],
      },
      ...people.flatMap((p) => [
        { name: `results list, ${p.label}`, path: "/for/meg/provesvar", person: p },
        {
          name: `trend ${TREND_CODE}, ${p.label}`,
          path: `/for/meg/provesvar/analyse/${TREND_CODE}`,
          person: p,
        },
        { name: `medication list, ${p.label}`, path: "/for/meg/legemidler", person: p },
      ]),
    ];
    console.log(`\n${BASE}, ${SECONDS} s a cell. Figures from a shared machine are noisy.`);
    console.log(
      `${"page".padEnd(34)} ${"conns".padStart(5)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"errors".padStart(7)} ${"vs shell".padStart(9)}  load avg (1/5/15 min)`,
    );
    for (const connections of CONNECTIONS) {
      let shell = 0;
      for (const page of pages) {
        const r = await load(
          page.path,
          page.person ? cookies.get(page.person.id)! : null,
          connections,
        );
        if (!page.person) shell = r.rps;
        const ratio = page.person && shell > 0 ? `${Math.round((r.rps / shell) * 100)} %` : "";
        const loadAvg = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
        console.log(
          `${page.name.padEnd(34)} ${String(connections).padStart(5)} ${r.rps.toFixed(1).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)} ${ratio.padStart(9)}  ${loadAvg}`,
        );
      }
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
