// `npm run worker`, inside scripts/with-db.ts: the backup sweep, new-result notices and notification delivery (pg-boss).
//   npm run worker            runs until SIGTERM/SIGINT
//   npm run worker -- --once  one sweep and one delivery round, then exits (for scripts and tests)
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { runBackupSweep } from "@/lib/messages/backup-sweep";
import { deliverNotifications } from "@/lib/notifications/deliver-notifications";
import { notifyNewResults } from "@/lib/record/lab-results/notify-new-results";
import { transportFromEnv } from "@/lib/notifications/transports";
import { QUEUES, startWorker } from "@/lib/worker/start-worker";

const log = (line: string) => console.error(`[worker] ${line}`);
const { values } = parseArgs({ options: { once: { type: "boolean", default: false } } });
const url = process.env.DATABASE_URL;
if (!url)
  throw new Error("DATABASE_URL is not set; run through `npm run worker` (scripts/with-db.ts).");
const db = createPrismaClient(url, 1);
const transport = transportFromEnv();

if (values.once) {
  const sweep = await runBackupSweep(db);
  const results = await notifyNewResults(db);
  const sent = await deliverNotifications(db, transport);
  log(
    `once: ${sweep.forwarded} forwarded, ${sweep.stopped} stopped; ${results.requisitions} new result sets; ${sent.sent} sent, ${sent.failed} to retry`,
  );
  await db.$disconnect();
} else {
  // The embedded database takes one connection per client well (DB_POOL_MAX=1 from with-db).
  const worker = await startWorker({
    connectionString: url,
    db,
    transport,
    poolMax: Number(process.env.DB_POOL_MAX) || 4,
    log,
  });
  await worker.boss.send(QUEUES.backupSweep, {});
  await worker.boss.send(QUEUES.labResultNotices, {});
  await worker.boss.send(QUEUES.deliverNotifications, {});
  log(
    `running: ${Object.values(QUEUES).join(", ")} every minute; notifications via ${transport.name}`,
  );
  const stop = async () => {
    log("stopping");
    await worker.stop();
    await db.$disconnect();
    process.exit(0);
  };
  process.once("SIGTERM", stop).once("SIGINT", stop);
}
