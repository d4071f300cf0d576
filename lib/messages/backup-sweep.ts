import type { DbOrTx } from "@/lib/db/client";
import { THREAD_RELATION_DAYS } from "./limits";

export type SweepResult = { forwarded: number; stopped: number };

/**
 * The safety net: every open thread nobody opened before its deadline moves to its inbox's backup
 * (and, when not opened there in time either, on to the backup's backup). One statement per batch:
 * - due rows are locked with SKIP LOCKED, so two sweeps never take the same thread;
 * - each forward inserts the hop row (thread, hop + 1), whose unique key makes it exactly once,
 *   in the same statement (one transaction) as the move and the receiving unit's care relation;
 * - a backup the thread has already been in (a cycle) or no backup at all stops the clock instead.
 * The citizen sees nothing of this.
 */
export async function runBackupSweep(
  db: DbOrTx,
  now = new Date(),
  batchSize = 1000,
  /** Called after each committed batch (progress, and the crash test's chance to be killed). */
  afterBatch?: (batch: SweepResult) => Promise<void>,
): Promise<SweepResult> {
  const total: SweepResult = { forwarded: 0, stopped: 0 };
  for (;;) {
    const [row] = await db.$queryRaw<{ forwarded: bigint; stopped: bigint }[]>`
      WITH due AS (
        SELECT t.id, t.person_id, t.inbox_id, t.hop, i.backup_inbox_id
        FROM message_thread t JOIN inbox i ON i.id = t.inbox_id
        WHERE t.open_due_at <= ${now}::timestamptz AND t.status = 'OPEN' AND t.opened_at IS NULL
        ORDER BY t.open_due_at, t.id
        LIMIT ${batchSize}
        FOR UPDATE OF t SKIP LOCKED
      ),
      moves AS (
        SELECT d.id, d.person_id, d.inbox_id, d.hop, d.backup_inbox_id, b.unit_id AS backup_unit_id, b.open_within_hours
        FROM due d JOIN inbox b ON b.id = d.backup_inbox_id
        WHERE NOT EXISTS (
          SELECT 1 FROM message_thread_hop h WHERE h.thread_id = d.id AND h.to_inbox_id = d.backup_inbox_id
        )
      ),
      hops AS (
        INSERT INTO message_thread_hop (thread_id, hop, from_inbox_id, to_inbox_id, reason, at)
        SELECT id, hop + 1, inbox_id, backup_inbox_id, 'BACKUP'::"ThreadArrival", ${now}::timestamptz FROM moves
        ON CONFLICT DO NOTHING
        RETURNING thread_id, hop, to_inbox_id
      ),
      moved AS (
        UPDATE message_thread t
        SET inbox_id = h.to_inbox_id, hop = h.hop, arrived_by = 'BACKUP'::"ThreadArrival",
            open_due_at = ${now}::timestamptz + make_interval(hours => m.open_within_hours)
        FROM hops h JOIN moves m ON m.id = h.thread_id
        WHERE t.id = h.thread_id
        RETURNING t.id, t.person_id, m.backup_unit_id
      ),
      relations AS (
        INSERT INTO care_relation (id, person_id, unit_id, kind, valid_from, valid_until, source_id)
        SELECT gen_random_uuid(), person_id, backup_unit_id, 'MESSAGE_THREAD'::"CareRelationKind", ${now}::timestamptz,
               ${now}::timestamptz + make_interval(days => ${THREAD_RELATION_DAYS}), id
        FROM moved
        ON CONFLICT (person_id, unit_id, kind, source_id) DO UPDATE SET valid_until = EXCLUDED.valid_until
        RETURNING 1
      ),
      stopped AS (
        UPDATE message_thread t SET open_due_at = NULL
        FROM due d
        WHERE t.id = d.id AND NOT EXISTS (SELECT 1 FROM moves m WHERE m.id = d.id)
        RETURNING t.id
      )
      SELECT (SELECT count(*) FROM moved) AS forwarded,
             (SELECT count(*) FROM stopped) AS stopped,
             (SELECT count(*) FROM relations) AS relations`;
    const forwarded = Number(row?.forwarded ?? 0);
    const stopped = Number(row?.stopped ?? 0);
    total.forwarded += forwarded;
    total.stopped += stopped;
    if (forwarded + stopped < batchSize) return total;
    await afterBatch?.({ forwarded, stopped });
  }
}
