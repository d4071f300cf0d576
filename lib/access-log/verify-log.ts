import { createHash } from "node:crypto";
import type { DbOrTx } from "@/lib/db/client";

export type ChainProblem =
  /** The entry's content no longer gives its hash: a changed row. */
  | "hash_mismatch"
  /** The entry does not point at its predecessor: a row before it was deleted or swapped. */
  | "prev_hash_mismatch"
  /** A number is missing with the links intact: rows deleted and the rest rechained. */
  | "seq_gap"
  /** The anchored entry is there but different: the chain was recomputed after a change. */
  | "anchor_mismatch"
  /** The chain ends before its anchored head: entries at the end were deleted. */
  | "tail_missing"
  /** An anchored person has no entries at all: their whole chain was deleted. */
  | "chain_missing";

export type ChainBreak = { personId: string; seq: number; problem: ChainProblem };

/** The last entry of one person's chain: what an anchor keeps outside the database. */
export type ChainHead = { personId: string; seq: number; hash: string };

/** One entry as stored; the hash is recomputed from these fields alone. */
export type LogRow = {
  person_id: string;
  seq: number;
  occurred_at: Date;
  actor_kind: string;
  actor_person_id: string | null;
  actor_clinician_id: string | null;
  actor_name: string;
  actor_role: string;
  actor_organisation: string | null;
  actor_unit: string | null;
  category: string;
  action: string;
  item_type: string | null;
  item_id: string | null;
  basis: string;
  proxy_grant_id: string | null;
  emergency_reason: string | null;
  prev_hash: string;
  hash: string;
};

/** PostgreSQL's json text of one array element (json_build_array escapes like JSON.stringify). */
function jsonValue(value: string | number | null): string {
  return value === null
    ? "null"
    : typeof value === "number"
      ? String(value)
      : JSON.stringify(value);
}

/** to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'); the column keeps milliseconds. */
function utcMicros(date: Date): string {
  return `${date.toISOString().slice(0, 23)}000`;
}

/**
 * An entry's hash, computed here with Node's crypto from the stored fields: the same canonical text
 * the database's trigger hashes when it chains the entry (a JSON array, so no field bleeds into the
 * next), but without trusting any function in the database to check it.
 */
export function entryHash(row: LogRow): string {
  const fields = [
    row.prev_hash,
    row.person_id,
    row.seq,
    utcMicros(row.occurred_at),
    row.actor_kind,
    row.actor_person_id,
    row.actor_clinician_id,
    row.actor_name,
    row.actor_role,
    row.actor_organisation,
    row.actor_unit,
    row.category,
    row.action,
    row.item_type,
    row.item_id,
    row.basis,
    row.proxy_grant_id,
    row.emergency_reason,
  ];
  return createHash("sha256")
    .update(`[${fields.map(jsonValue).join(", ")}]`, "utf8")
    .digest("hex");
}

const PAGE = 5000;

async function readPage(
  db: DbOrTx,
  after: { personId: string; seq: number } | null,
): Promise<LogRow[]> {
  // Plain columns (enums and ids as text); no SQL function of the log takes part.
  return after
    ? db.$queryRaw<LogRow[]>`
        SELECT person_id::text, seq, occurred_at, actor_kind::text, actor_person_id::text, actor_clinician_id::text,
               actor_name, actor_role, actor_organisation, actor_unit, category::text, action::text, item_type, item_id,
               basis::text, proxy_grant_id::text, emergency_reason, prev_hash, hash
          FROM access_log_entry
         WHERE (person_id, seq) > (${after.personId}::uuid, ${after.seq})
         ORDER BY person_id, seq LIMIT ${PAGE}`
    : db.$queryRaw<LogRow[]>`
        SELECT person_id::text, seq, occurred_at, actor_kind::text, actor_person_id::text, actor_clinician_id::text,
               actor_name, actor_role, actor_organisation, actor_unit, category::text, action::text, item_type, item_id,
               basis::text, proxy_grant_id::text, emergency_reason, prev_hash, hash
          FROM access_log_entry
         ORDER BY person_id, seq LIMIT ${PAGE}`;
}

export type VerifyResult = {
  entries: number;
  people: number;
  breaks: ChainBreak[];
  heads: ChainHead[];
};

/**
 * Reads every person's chain in order, a page at a time, and checks each entry against its own
 * content and its predecessor. With anchors (the heads recorded earlier by `npm run audit:anchor`,
 * kept outside the database and signed), it also finds what a chain alone cannot show: deleted
 * entries at the end, a person's whole chain deleted, and a chain recomputed after a change.
 */
export async function verifyAccessLog(
  db: DbOrTx,
  options: { anchors?: readonly ChainHead[] } = {},
): Promise<VerifyResult> {
  const anchors = new Map((options.anchors ?? []).map((head) => [head.personId, head]));
  const breaks: ChainBreak[] = [];
  const heads: ChainHead[] = [];
  let entries = 0;
  let previous: LogRow | null = null;

  const closeChain = (last: LogRow) => {
    heads.push({ personId: last.person_id, seq: last.seq, hash: last.hash });
    const anchored = anchors.get(last.person_id);
    if (anchored && last.seq < anchored.seq)
      breaks.push({ personId: last.person_id, seq: anchored.seq, problem: "tail_missing" });
    anchors.delete(last.person_id);
  };

  for (let after: { personId: string; seq: number } | null = null; ;) {
    const rows = await readPage(db, after);
    for (const row of rows) {
      entries++;
      const samePerson = previous?.person_id === row.person_id;
      if (previous && !samePerson) closeChain(previous);
      const expectedPrev = samePerson ? previous!.hash : "";
      const expectedSeq = samePerson ? previous!.seq + 1 : 1;
      let problem: ChainProblem | null = null;
      if (entryHash(row) !== row.hash) problem = "hash_mismatch";
      else if (row.prev_hash !== expectedPrev) problem = "prev_hash_mismatch";
      else if (row.seq !== expectedSeq) problem = "seq_gap";
      if (problem) breaks.push({ personId: row.person_id, seq: row.seq, problem });
      const anchored = anchors.get(row.person_id);
      if (anchored && anchored.seq === row.seq && anchored.hash !== row.hash) {
        breaks.push({ personId: row.person_id, seq: row.seq, problem: "anchor_mismatch" });
      }
      previous = row;
    }
    if (rows.length < PAGE) break;
    const last = rows[rows.length - 1]!;
    after = { personId: last.person_id, seq: last.seq };
  }
  if (previous) closeChain(previous);
  // Anchored people with no entry left at all.
  for (const anchored of anchors.values())
    breaks.push({ personId: anchored.personId, seq: anchored.seq, problem: "chain_missing" });

  breaks.sort((a, b) =>
    a.personId === b.personId ? a.seq - b.seq : a.personId < b.personId ? -1 : 1,
  );
  return { entries, people: heads.length, breaks, heads };
}
