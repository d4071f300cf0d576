import { SAFETY_NET_DAYS } from "@/lib/access/result-visibility";
import type { Db } from "@/lib/db/client";
import {
  notificationChannels,
  notificationChoiceSelect,
} from "@/lib/notifications/enqueue-notification";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * How far back a release moment may lie and still be noticed. The sweep runs every minute; the
 * window covers a worker that was down for days, and keeps results that became visible before this
 * feature existed (years of them in a region's history) from all being announced at once.
 */
export const NOTICE_LOOKBACK_DAYS = 7;

export type NoticeResult = { results: number; requisitions: number; notifications: number };

/**
 * "Nye prøvesvar": tells each patient, through the outbox, that results became visible to them:
 * final for IMMEDIATE, released by a clinician, the 14-day net for AFTER_REVIEW (the same Oslo
 * wall-clock arithmetic as `safetyNetAt`), or the person's "show at once" choice. The visibility
 * itself stays computed at read time (`resultVisibility`); this only finds the moments that have
 * passed. Per batch, in one transaction:
 * 1. one statement claims every due result of up to `batchSize` requisitions into
 *    `lab_result_notice`, whose primary key makes each result noticed once, also when two sweeps
 *    run at once or one dies half-way (its transaction rolls back, the next sweep takes over);
 * 2. one read of those people's choices (the same rule as every other notification);
 * 3. one insert of the notifications: one per requisition and channel, with a dedupe key.
 * The text names nothing (no analysis, value or unit), and only the patient is notified: never a
 * parent or proxy, so results hidden from guardians stay hidden. No gate or access log: nothing is
 * shown to anyone here, and the patient's reading of the results is logged when it happens.
 */
export async function notifyNewResults(
  db: Db,
  now = new Date(),
  batchSize = 500,
): Promise<NoticeResult> {
  const total: NoticeResult = { results: 0, requisitions: 0, notifications: 0 };
  const from = new Date(now.getTime() - NOTICE_LOOKBACK_DAYS * DAY);
  // A result due by the net in the window became final 14 Oslo days (± the DST hour) before it.
  const finalSince = new Date(from.getTime() - SAFETY_NET_DAYS * DAY - HOUR);
  for (;;) {
    const batch = await db.$transaction(
      async (tx) => {
        const claimed = await tx.$queryRaw<
          Array<{ observation_id: string; requisition_id: string; person_id: string }>
        >`
        WITH visible AS (
          SELECT o.id, o.requisition_id,
                 LEAST(
                   o.released_at,
                   CASE o.release_category
                     WHEN 'IMMEDIATE' THEN o.final_at
                     WHEN 'AFTER_REVIEW' THEN LEAST(
                       ((o.final_at AT TIME ZONE 'Europe/Oslo') + make_interval(days => ${SAFETY_NET_DAYS}::int)) AT TIME ZONE 'Europe/Oslo',
                       CASE WHEN p.show_at_once THEN GREATEST(o.final_at, p.changed_at) END)
                   END) AS visible_from
            FROM lab_observation o
            LEFT JOIN lab_release_preference p ON p.person_id = o.person_id
           WHERE o.status <> 'PRELIMINARY' AND o.final_at IS NOT NULL
             AND (o.final_at > ${finalSince}::timestamptz OR o.released_at > ${from}::timestamptz)
        ),
        due AS (
          SELECT v.id, v.requisition_id FROM visible v
           WHERE v.visible_from > ${from}::timestamptz AND v.visible_from <= ${now}::timestamptz
             AND NOT EXISTS (SELECT 1 FROM lab_result_notice n WHERE n.observation_id = v.id)
        ),
        -- Whole requisitions per batch, so one requisition's results never split into two notices.
        sets AS (SELECT DISTINCT requisition_id FROM due ORDER BY requisition_id LIMIT ${batchSize}::int),
        noticed AS (
          INSERT INTO lab_result_notice (observation_id, requisition_id, noticed_at)
          SELECT d.id, d.requisition_id, ${now}::timestamptz FROM due d JOIN sets s USING (requisition_id)
          ON CONFLICT DO NOTHING
          RETURNING observation_id, requisition_id
        )
        SELECT n.observation_id, n.requisition_id, r.person_id
          FROM noticed n JOIN lab_requisition r ON r.id = n.requisition_id`;
        // One notice per requisition, named by its first result, so a repeat writes nothing twice.
        const sets = new Map<string, { personId: string; first: string }>();
        for (const c of claimed) {
          const set = sets.get(c.requisition_id);
          if (!set) sets.set(c.requisition_id, { personId: c.person_id, first: c.observation_id });
          else if (c.observation_id < set.first) set.first = c.observation_id;
        }
        let notifications = 0;
        if (sets.size > 0) {
          const people = await tx.person.findMany({
            where: {
              id: { in: [...new Set([...sets.values()].map((s) => s.personId))] },
              deathDate: null,
            },
            select: { id: true, ...notificationChoiceSelect("RESULTS") },
          });
          const byId = new Map(people.map((p) => [p.id, p]));
          const data = [...sets].flatMap(([requisitionId, set]) => {
            const person = byId.get(set.personId);
            return (person ? notificationChannels(person) : []).map((channel) => ({
              personId: set.personId,
              channel,
              template: "lab_results_ready",
              dedupeKey: `lab-results:${requisitionId}:${set.first}:${channel}`,
            }));
          });
          if (data.length > 0)
            ({ count: notifications } = await tx.notification.createMany({
              data,
              skipDuplicates: true,
            }));
        }
        return { results: claimed.length, requisitions: sets.size, notifications };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    total.results += batch.results;
    total.requisitions += batch.requisitions;
    total.notifications += batch.notifications;
    if (batch.requisitions < batchSize) return total;
  }
}
