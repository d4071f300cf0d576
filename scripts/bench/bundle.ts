// `npm run bench:bundle`: first-load JavaScript of each citizen page (gzip), beside an empty App
// Router page. Run after `npm run build` on a seeded database. Starts `next start` (or uses
// BASE_URL), signs in a citizen server-side, fetches each page's HTML and counts every script chunk
// the first load fetches: the <script src> tags and the client chunks named in the inline React
// Server Components payload. Each chunk is read from .next/static and gzipped.
// The empty page is the framework alone: the build manifest's rootMainFiles, which every App Router
// page loads; a page whose layouts and page hold no client component loads nothing more.
// It prints figures; it never fails on a number.   BENCH_PORT (3191)  BASE_URL  BUDGET_KB (15)
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ABSOLUTE_SESSION_MS } from "@/lib/auth/idle";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-names";
import { createUserSession } from "@/lib/auth/session-store";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db/client";

const PORT = Number(process.env.BENCH_PORT ?? 3191);
const BUDGET_KB = Number(process.env.BUDGET_KB ?? 15);
const secret = process.env.AUTH_SECRET;
if (!secret) throw new Error("AUTH_SECRET is not set (run through `npm run bench:bundle`).");
const nextDir = path.resolve(".next");

// --- a citizen with an upcoming appointment -----------------------------------------------------
const db = getDb();
const now = new Date();
const adult = new Date(now.getTime() - 18 * 365.25 * 86_400_000);
const booked = await db.appointment.findFirst({
  where: {
    status: "BOOKED",
    slot: { startsAt: { gt: new Date(now.getTime() + 2 * 86_400_000) } },
    person: { deathDate: null, birthDate: { lt: adult } },
  },
  orderBy: { personId: "asc" },
  select: { id: true, personId: true },
});
if (!booked)
  throw new Error("No citizen with an upcoming appointment: run `npm run db:seed` first.");
const sid = await createUserSession(db, {
  kind: "CITIZEN",
  personId: booked.personId,
  authMethod: "TEST_IDENTITY",
});
const cookie = `${SESSION_COOKIE}=${encodeSessionToken({ token: { sid }, secret, salt: SESSION_COOKIE, maxAge: ABSOLUTE_SESSION_MS / 1000 })}`;
const thread = await db.messageThread.findFirst({
  where: { personId: booked.personId },
  select: { id: true },
});
await db.$disconnect();

const a = `/for/meg/timeavtaler/${booked.id}`;
const pages: [string, string][] = [
  ["shell /tilgjengelighet", "/tilgjengelighet"],
  ["Forside", "/for/meg"],
  ["Timeavtaler", "/for/meg/timeavtaler"],
  ["bestill time", "/for/meg/timeavtaler/ny"],
  ["one appointment", a],
  ["endre time", `${a}/endre`],
  ["avbestill", `${a}/avbestill`],
  ["skjema", `${a}/skjema`],
  ["Meldinger", "/for/meg/meldinger"],
  ["ny melding", "/for/meg/meldinger/ny"],
  ...(thread ? ([["one thread", `/for/meg/meldinger/${thread.id}`]] as [string, string][]) : []),
  ["Prøvesvar", "/for/meg/provesvar"],
  ["Legemidler", "/for/meg/legemidler"],
  ["Innsynslogg", "/for/meg/innsynslogg"],
  ["Fullmakter", "/for/meg/fullmakter"],
  ["Sperring", "/for/meg/sperring"],
];

// --- the server ----------------------------------------------------------------------------------
let server: ChildProcess | null = null;
let baseUrl = process.env.BASE_URL;
if (!baseUrl) {
  baseUrl = `http://127.0.0.1:${PORT}`;
  server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1", "--port", String(PORT)],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error("the server exited; run `npm run build` first");
    if (
      await fetch(`${baseUrl}/tilgjengelighet`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 120) throw new Error("the server did not start within a minute");
    await new Promise((r) => setTimeout(r, 500));
  }
}
process.on("exit", () => server?.kill("SIGTERM"));

const gzipped = new Map<string, number>();
/** gzip size of one chunk (path under .next/, e.g. static/chunks/x.js). */
function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(nextDir, file))).length;
    gzipped.set(file, size);
  }
  return size;
}

/** Every JS chunk a first load of this HTML fetches (script tags and chunks named in the RSC payload). */
function chunksOf(html: string): Set<string> {
  const found = new Set<string>();
  for (const m of html.matchAll(/static\/chunks\/[A-Za-z0-9_\-./]+?\.js/g)) found.add(m[0]);
  // nomodule polyfills are not loaded by the browsers we support.
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /src="\/_next\/(static\/chunks\/[^"]+\.js)"/.exec(m[0])?.[1];
    if (src && /\bnomodule\b/i.test(m[0])) found.delete(src);
  }
  return found;
}

const manifest = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
};
const empty = manifest.rootMainFiles.reduce((s, f) => s + gzipSize(f), 0);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

try {
  console.log(
    `empty App Router page (rootMainFiles, ${manifest.rootMainFiles.length} chunks): ${kb(empty)} kB gzip; budget: + ${BUDGET_KB} kB`,
  );
  console.log(["page", "chunks", "kB gzip", "+ over empty", "within budget"].join("\t"));
  for (const [name, pagePath] of pages) {
    const res = await fetch(`${baseUrl}${pagePath}`, { headers: { cookie }, redirect: "manual" });
    if (res.status !== 200) {
      console.log([name, "-", "-", "-", `HTTP ${res.status}`].join("\t"));
      continue;
    }
    const chunks = chunksOf(await res.text());
    for (const f of manifest.rootMainFiles) chunks.add(f);
    const total = [...chunks].reduce((s, f) => s + gzipSize(f), 0);
    const extra = total - empty;
    console.log(
      [name, chunks.size, kb(total), kb(extra), extra <= BUDGET_KB * 1024 ? "yes" : "NO"].join(
        "\t",
      ),
    );
  }
} finally {
  server?.kill("SIGTERM");
}
