import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { asClinician } from "./clinician-thread-access";

export type InboxSummary = {
  id: string;
  name: string;
  kind: "SHARED" | "PERSONAL";
  unitName: string;
  waiting: number;
  unopened: number;
  fromBackup: number;
};

/**
 * The inboxes a clinician belongs to, with counts only (no patient data, so nothing to log):
 * threads waiting for an answer, those nobody has opened, and those forwarded here as backup.
 */
export async function getInboxOverview(db: Db, actor: Actor): Promise<InboxSummary[]> {
  const clinician = asClinician(actor);
  const rows = await db.$queryRaw<
    (Omit<InboxSummary, "waiting" | "unopened" | "fromBackup"> & {
      waiting: bigint;
      unopened: bigint;
      from_backup: bigint;
    })[]
  >`
    SELECT i.id, i.name, i.kind::text AS kind, u.name AS "unitName",
           count(t.id) FILTER (WHERE t.waiting_since IS NOT NULL) AS waiting,
           count(t.id) FILTER (WHERE t.waiting_since IS NOT NULL AND t.opened_at IS NULL) AS unopened,
           count(t.id) FILTER (WHERE t.arrived_by = 'BACKUP' AND t.opened_at IS NULL AND t.waiting_since IS NOT NULL) AS from_backup
    FROM inbox i
    JOIN inbox_member m ON m.inbox_id = i.id AND m.clinician_id = ${clinician.clinicianId}::uuid
    JOIN unit u ON u.id = i.unit_id
    LEFT JOIN message_thread t ON t.inbox_id = i.id AND t.status = 'OPEN'
    GROUP BY i.id, i.name, i.kind, u.name
    ORDER BY i.kind, u.name, i.name`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    unitName: r.unitName,
    waiting: Number(r.waiting),
    unopened: Number(r.unopened),
    fromBackup: Number(r.from_backup),
  }));
}
