// `npm run audit:verify`: recomputes every person's access log chain (Node's crypto, no SQL function
// trusted) and compares it with the last signed anchor; exits 1 on any break.
// `npm run audit:anchor`: the same check, then, only if all is intact, signs the current head of
// every chain into the anchor file (AUDIT_ANCHOR_FILE, default .data/audit-anchors.json) with
// AUDIT_ANCHOR_KEY. Run it on a schedule; keep the file where the database's admins cannot write.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDb } from "@/lib/db/client";
import {
  AnchorError,
  readAnchorFile,
  signAnchors,
  writeAnchorFile,
} from "@/lib/access-log/log-anchors";
import { verifyAccessLog } from "@/lib/access-log/verify-log";

const command = process.argv[2];
if (command !== "verify" && command !== "anchor") {
  console.error("usage: tsx scripts/audit.ts verify | anchor");
  process.exit(2);
}
const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const file = process.env.AUDIT_ANCHOR_FILE || path.join(repoRoot, ".data", "audit-anchors.json");
const key = process.env.AUDIT_ANCHOR_KEY;

const db = getDb();
try {
  const anchors = await readAnchorFile(file, key);
  if (anchors) {
    console.log(`Anchor of ${anchors.createdAt.toISOString()}: ${anchors.heads.length} chains.`);
  } else {
    console.log(
      "No anchor yet: deleted entries at the end of a chain can only be seen against one (npm run audit:anchor).",
    );
  }
  const started = performance.now();
  const result = await verifyAccessLog(db, { anchors: anchors?.heads ?? [] });
  const ms = Math.round(performance.now() - started);
  console.log(
    `Checked ${result.entries} access log entries for ${result.people} people in ${ms} ms.`,
  );
  if (result.breaks.length > 0) {
    for (const b of result.breaks.slice(0, 50))
      console.error(`BROKEN: person ${b.personId} entry ${b.seq}: ${b.problem}`);
    console.error(
      `${result.breaks.length} break(s) in the access log.${command === "anchor" ? " No new anchor written." : ""}`,
    );
    process.exitCode = 1;
  } else {
    console.log("Every chain is intact.");
    if (command === "anchor") {
      await writeAnchorFile(file, signAnchors(result.heads, key));
      console.log(
        `Anchored ${result.heads.length} chain heads in ${path.relative(process.cwd(), file) || file}.`,
      );
    }
  }
} catch (error) {
  if (!(error instanceof AnchorError)) throw error;
  console.error(`ANCHOR: ${error.message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
