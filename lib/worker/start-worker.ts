import { PgBoss } from "pg-boss";
import type { Db } from "@/lib/db/client";
import { runBackupSweep } from "@/lib/messages/backup-sweep";
import { deliverNotifications } from "@/lib/notifications/deliver-notifications";
import { notifyNewResults } from "@/lib/record/lab-results/notify-new-results";
import type { NotificationTransport } from "@/lib/notifications/transports";

export const QUEUES = {
  backupSweep: "backup-sweep",
  deliverNotifications: "deliver-notifications",
  labResultNotices: "lab-result-notices",
} as const;

export type Worker = { boss: PgBoss; stop(): Promise<void> };

/**
 * The background worker on pg-boss (jobs in PostgreSQL, so the embedded database and a server
 * alike): the backup sweep, the new-result notices and the notification outbox, each every minute
 * (cron) and on demand.
 * Each queue runs one job at a time per worker; correctness across workers comes from the sweep's
 * and the delivery's own locks and unique keys, not from the queue.
 */
export async function startWorker(opts: {
  connectionString: string;
  db: Db;
  transport: NotificationTransport;
  poolMax?: number;
  log?: (line: string) => void;
  schedule?: boolean;
}): Promise<Worker> {
  const log = opts.log ?? (() => {});
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    max: opts.poolMax ?? 2,
    schema: "pgboss",
  });
  boss.on("error", (error) =>
    log(`pg-boss: ${error instanceof Error ? error.message : String(error)}`),
  );
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    await boss.createQueue(name, {
      policy: "singleton",
      retryLimit: 5,
      retryDelay: 10,
      retryBackoff: true,
    });
  }
  if (opts.schedule !== false) {
    await boss.schedule(QUEUES.backupSweep, "* * * * *");
    await boss.schedule(QUEUES.deliverNotifications, "* * * * *");
    await boss.schedule(QUEUES.labResultNotices, "* * * * *");
  }
  await boss.work(QUEUES.backupSweep, { pollingIntervalSeconds: 2 }, async () => {
    const result = await runBackupSweep(opts.db);
    if (result.forwarded + result.stopped > 0)
      log(
        `backup sweep: ${result.forwarded} forwarded, ${result.stopped} at the end of their chain`,
      );
    return result;
  });
  await boss.work(QUEUES.labResultNotices, { pollingIntervalSeconds: 2 }, async () => {
    const result = await notifyNewResults(opts.db);
    if (result.requisitions > 0)
      log(
        `new results: ${result.requisitions} requisitions noticed, ${result.notifications} notifications`,
      );
    return result;
  });
  await boss.work(QUEUES.deliverNotifications, { pollingIntervalSeconds: 2 }, async () => {
    const result = await deliverNotifications(opts.db, opts.transport);
    if (result.sent + result.failed + result.gaveUp + result.skipped > 0)
      log(
        `notifications: ${result.sent} sent, ${result.failed} to retry, ${result.gaveUp} given up, ${result.skipped} switched off`,
      );
    return result;
  });
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
