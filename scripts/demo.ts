// `npm run demo`, run inside scripts/with-db.ts: seeds an empty database, builds when the build is
// missing or older than the sources, then serves the production build on port 3000 with the
// background worker (backup sweep, notifications to .data/notifications/outbox.jsonl) beside it.
import { createPrismaClient } from "@/lib/db/client";
import { buildIsFresh } from "./ensure-build";
import { runChild } from "./run-child";

async function hasPeople(url: string): Promise<boolean> {
  const db = createPrismaClient(url, 1);
  try {
    return (await db.person.count()) > 0;
  } finally {
    // The embedded server serves one connection per client well: free ours before the next one.
    await db.$disconnect();
  }
}

async function step(label: string, command: string, args: string[]): Promise<void> {
  console.error(`[demo] ${label}`);
  const code = await runChild(command, args, process.env);
  if (code !== 0) process.exit(code);
}

const url = process.env.DATABASE_URL;
if (!url) throw new Error("scripts/demo.ts runs inside scripts/with-db.ts (npm run demo).");
if (!(await hasPeople(url))) await step("empty database: seeding", "npm", ["run", "db:seed"]);
if (!buildIsFresh()) await step("building (about 30 s)", "next", ["build"]);
// Both children get our signals (runChild forwards them); the demo ends when the web server does.
const worker = runChild("tsx", ["scripts/worker.ts"], process.env);
const web = await runChild("next", ["start", "-p", process.env.PORT ?? "3000"], process.env);
// The web server is gone: signal ourselves, which runChild passes on to the worker.
process.kill(process.pid, "SIGTERM");
await worker;
process.exit(web);
