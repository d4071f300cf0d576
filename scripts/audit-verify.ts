// `npm run audit:verify`: checks every person's access log hash chain; exits 1 on any break.
import { getDb } from "@/lib/db/client";
import { verifyAccessLog } from "@/lib/access/verify-log";

const db = getDb();
try {
  const started = performance.now();
  const result = await verifyAccessLog(db);
  const ms = Math.round(performance.now() - started);
  console.log(`Checked ${result.entries} access log entries for ${result.people} people in ${ms} ms.`);
  if (result.breaks.length > 0) {
    for (const b of result.breaks.slice(0, 50)) {
      console.error(`BROKEN: person ${b.personId} entry ${b.seq}: ${b.problem}`);
    }
    console.error(`${result.breaks.length} break(s) in the access log chain.`);
    process.exitCode = 1;
  } else {
    console.log("Every chain is intact.");
  }
} finally {
  await db.$disconnect();
}
