import type { Db, Prisma } from "@/lib/db/client";

/**
 * Writes access log entries with the times they carry, in the order given: for the demo seed's
 * synthetic history only. The database chains them as any other entry, and honours the given time
 * only for the table's owner (the role that migrates); under the application's runtime role the
 * entries would be stamped with the database's clock. The application itself never calls this.
 */
export async function writeAccessLogHistory(
  db: Db,
  entries: readonly (Prisma.AccessLogEntryCreateManyInput & { occurredAt: Date })[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.$transaction(
    entries.flatMap(({ occurredAt, ...entry }) => [
      db.$queryRaw`SELECT set_config('helsami.log_time', ${occurredAt.toISOString()}, true)`,
      db.accessLogEntry.create({ data: entry, select: { id: true } }),
    ]),
  );
}
