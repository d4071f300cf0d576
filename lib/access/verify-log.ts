import type { DbOrTx } from "@/lib/db/client";

export type ChainBreak = {
  personId: string;
  seq: number;
  problem: "hash_mismatch" | "prev_hash_mismatch" | "seq_gap";
};

/**
 * Recomputes every entry's hash and checks each links to its predecessor. Any UPDATE made with the
 * guard disabled changes content without the hash; a DELETE leaves a gap in seq. Only the breaks
 * leave the database, so this scales to the whole region's log.
 */
export async function verifyAccessLog(db: DbOrTx): Promise<{ entries: number; people: number; breaks: ChainBreak[] }> {
  const [totals] = await db.$queryRaw<{ entries: bigint; people: bigint }[]>`
    SELECT count(*) AS entries, count(DISTINCT person_id) AS people FROM access_log_entry`;
  const rows = await db.$queryRaw<{ person_id: string; seq: number; problem: ChainBreak["problem"] }[]>`
    SELECT person_id, seq,
           CASE WHEN NOT hash_ok THEN 'hash_mismatch'
                WHEN NOT prev_ok THEN 'prev_hash_mismatch'
                ELSE 'seq_gap' END AS problem
      FROM (
        SELECT person_id::text, seq,
               hash = access_log_entry_hash(e) AS hash_ok,
               prev_hash = COALESCE(lag(hash) OVER w, '') AS prev_ok,
               seq = COALESCE(lag(seq) OVER w, 0) + 1 AS seq_ok
          FROM access_log_entry e
        WINDOW w AS (PARTITION BY person_id ORDER BY seq)
      ) checked
     WHERE NOT (hash_ok AND prev_ok AND seq_ok)
     ORDER BY person_id, seq`;
  return {
    entries: Number(totals?.entries ?? 0),
    people: Number(totals?.people ?? 0),
    breaks: rows.map((r) => ({ personId: r.person_id, seq: r.seq, problem: r.problem })),
  };
}
