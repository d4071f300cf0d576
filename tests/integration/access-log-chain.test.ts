import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { AnchorError, openAnchors, signAnchors } from "@/lib/access-log/log-anchors";
import {
  entryHash,
  verifyAccessLog,
  type ChainHead,
  type LogRow,
} from "@/lib/access-log/verify-log";
import { useTestDatabase } from "./harness";
import { createPerson } from "./factories";

const t = useTestDatabase();
const run = promisify(execFile);
const KEY = "k".repeat(40);

async function seedLog(n: number) {
  const person = await createPerson(t.db, { age: 50 });
  const actor: Actor = { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Test" };
  for (let i = 0; i < n; i++) {
    await withAccess(
      t.db,
      actor,
      { subject: "meg", category: i % 2 ? "APPOINTMENTS" : "PROFILE", action: "READ" },
      async () => null,
    );
  }
  return person;
}

/**
 * What someone with the owner's rights (or a superuser, or a restored backup) can do behind the
 * application's back: switch the append-only trigger off for one statement.
 */
async function tamper(sql: string) {
  await t.owner.$transaction([
    t.owner.$executeRawUnsafe(
      "ALTER TABLE access_log_entry DISABLE TRIGGER access_log_entry_append_only",
    ),
    t.owner.$executeRawUnsafe(sql),
    t.owner.$executeRawUnsafe(
      "ALTER TABLE access_log_entry ENABLE TRIGGER access_log_entry_append_only",
    ),
  ]);
}

/** A careful attacker repairs the chain after a change, with the database's own hash function. */
async function rechain(personId: string, fromSeq: number) {
  const [{ max }] = (await t.owner.$queryRaw<
    { max: number }[]
  >`SELECT max(seq) AS max FROM access_log_entry WHERE person_id = ${personId}::uuid`) as [
    { max: number },
  ];
  for (let seq = fromSeq; seq <= max; seq++) {
    await tamper(
      `UPDATE access_log_entry e SET prev_hash = COALESCE((SELECT hash FROM access_log_entry p WHERE p.person_id = e.person_id AND p.seq = e.seq - 1), '') WHERE person_id = '${personId}' AND seq = ${seq}`,
    );
    await tamper(
      `UPDATE access_log_entry e SET hash = access_log_entry_hash(e) WHERE person_id = '${personId}' AND seq = ${seq}`,
    );
  }
}

const headsOf = async (personId: string): Promise<ChainHead[]> =>
  (await verifyAccessLog(t.db)).heads.filter((h) => h.personId === personId);
const breaksOf = async (personId: string, anchors?: ChainHead[]) =>
  (await verifyAccessLog(t.db, { anchors })).breaks.filter((b) => b.personId === personId);

describe("access log: append-only and hash-chained", () => {
  it("chains entries per person in order", async () => {
    const person = await seedLog(4);
    const entries = await t.db.accessLogEntry.findMany({
      where: { personId: person.id },
      orderBy: { seq: "asc" },
    });
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0]!.prevHash).toBe("");
    for (let i = 1; i < entries.length; i++)
      expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    expect((await verifyAccessLog(t.db)).breaks).toEqual([]);
  });

  it("concurrent writers for one person never fork the chain", async () => {
    const person = await createPerson(t.db, { age: 30 });
    const actor: Actor = { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Test" };
    const other = t.newClient();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withAccess(
          i % 2 ? other : t.db,
          actor,
          { subject: "meg", category: "PROFILE", action: "READ" },
          async () => null,
        ),
      ),
    );
    const entries = await t.db.accessLogEntry.findMany({
      where: { personId: person.id },
      select: { seq: true, occurredAt: true },
      orderBy: { seq: "asc" },
    });
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // The database stamps each entry once the chain is locked: time never runs backwards along it.
    for (let i = 1; i < entries.length; i++)
      expect(entries[i]!.occurredAt.getTime()).toBeGreaterThanOrEqual(
        entries[i - 1]!.occurredAt.getTime(),
      );
    expect((await verifyAccessLog(t.db)).breaks).toEqual([]);
  });

  it("the time is the database's, not the one the gate was asked to decide at", async () => {
    const person = await createPerson(t.db, { age: 30 });
    const actor: Actor = { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Test" };
    const before = Date.now();
    await withAccess(
      t.db,
      actor,
      { subject: "meg", category: "PROFILE", action: "READ" },
      async () => null,
      { now: new Date("2001-01-01T00:00:00Z") },
    );
    const entry = await t.db.accessLogEntry.findFirstOrThrow({ where: { personId: person.id } });
    expect(entry.occurredAt.getTime()).toBeGreaterThan(before - 60_000);
  });

  it("the hash computed here matches the database's for text that needs escaping", async () => {
    const person = await createPerson(t.db, { age: 50 });
    const actor: Actor = {
      kind: "CITIZEN",
      sessionId: "t",
      personId: person.id,
      name: 'Ø "sitat" \\ ny\nlinje\ttab \u0001 😀 \u2028',
    };
    await withAccess(
      t.db,
      actor,
      { subject: "meg", category: "PROFILE", action: "READ" },
      async (_tx, access) => access.item("note", 'æ/å"\\\r\u001f'),
    );
    const rows = await t.db.$queryRaw<LogRow[]>`
      SELECT person_id::text, seq, occurred_at, actor_kind::text, actor_person_id::text, actor_clinician_id::text, actor_name, actor_role,
             actor_organisation, actor_unit, category::text, action::text, item_type, item_id, basis::text, proxy_grant_id::text,
             emergency_reason, prev_hash, hash
        FROM access_log_entry WHERE person_id = ${person.id}::uuid`;
    expect(rows).toHaveLength(1);
    expect(entryHash(rows[0]!)).toBe(rows[0]!.hash);
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE, even to the owner", async () => {
    const person = await seedLog(1);
    await expect(
      t.owner
        .$executeRaw`UPDATE access_log_entry SET actor_name = 'Noen andre' WHERE person_id = ${person.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(
      t.owner.$executeRaw`DELETE FROM access_log_entry WHERE person_id = ${person.id}::uuid`,
    ).rejects.toThrow(/append-only/);
    await expect(t.owner.$executeRawUnsafe("TRUNCATE access_log_entry")).rejects.toThrow(
      /append-only/,
    );
    expect(await t.db.accessLogEntry.count({ where: { personId: person.id } })).toBe(1);
  });
});

// First of the tampering tests: the commands check the whole database, which must start intact.
// Six runs of the command, each starting tsx: give it time.
describe("npm run audit:anchor and audit:verify", { timeout: 120_000 }, () => {
  it("anchor, then verify: a deleted tail fails the check, and no new anchor blesses it", async () => {
    const person = await seedLog(3);
    const dir = await mkdtemp(path.join(tmpdir(), "audit-"));
    const file = path.join(dir, "anchors.json");
    const env = {
      ...process.env,
      DATABASE_URL: t.connectionString,
      DB_POOL_MAX: "1",
      AUDIT_ANCHOR_FILE: file,
      AUDIT_ANCHOR_KEY: KEY,
    };
    const audit = (command: "verify" | "anchor") =>
      run("npx", ["tsx", "scripts/audit.ts", command], { env }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    // The PGlite server takes one connection at a time: the test's clients let go meanwhile.
    const quiet = async () => Promise.all([t.db.$disconnect(), t.owner.$disconnect()]);

    await quiet();
    const first = await audit("verify");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/No anchor yet/);
    expect((await audit("anchor")).stdout).toMatch(/Anchored \d+ chain heads/);
    const anchored = await readFile(file, "utf8");
    expect((await audit("verify")).stdout).toMatch(/Every chain is intact/);

    await tamper(`DELETE FROM access_log_entry WHERE person_id = '${person.id}' AND seq = 3`);
    await quiet();
    const failed = await audit("verify");
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(new RegExp(`person ${person.id} entry 3: tail_missing`));
    const refused = await audit("anchor");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/No new anchor written/);
    expect(await readFile(file, "utf8")).toBe(anchored);

    // An edited anchor file is refused, not trusted.
    const parsed = JSON.parse(anchored);
    parsed.heads = parsed.heads.filter(([id]: [string]) => id !== person.id);
    await writeFile(file, JSON.stringify(parsed));
    const forged = await audit("verify");
    expect(forged.code).toBe(1);
    expect(forged.stderr).toMatch(/ANCHOR: .*signature does not match/);
  });
});

describe("audit:verify finds what was done behind the application's back", () => {
  it("a changed row, even with the database's hash function replaced by one that agrees", async () => {
    const person = await seedLog(3);
    await tamper(
      `UPDATE access_log_entry SET actor_name = 'Noen andre' WHERE person_id = '${person.id}' AND seq = 2`,
    );
    // The function an earlier audit:verify trusted now says every row is fine.
    const [{ def }] = (await t.owner.$queryRaw<
      { def: string }[]
    >`SELECT pg_get_functiondef('access_log_entry_hash(access_log_entry)'::regprocedure) AS def`) as [
      { def: string },
    ];
    await t.owner.$executeRawUnsafe(
      "CREATE OR REPLACE FUNCTION access_log_entry_hash(e access_log_entry) RETURNS text LANGUAGE sql STABLE AS $$ SELECT e.hash $$",
    );
    try {
      const [{ ok }] = (await t.owner.$queryRaw<
        { ok: boolean }[]
      >`SELECT bool_and(hash = access_log_entry_hash(e)) AS ok FROM access_log_entry e`) as [
        { ok: boolean },
      ];
      expect(ok).toBe(true);
      expect(await breaksOf(person.id)).toEqual([
        { personId: person.id, seq: 2, problem: "hash_mismatch" },
      ]);
    } finally {
      await t.owner.$executeRawUnsafe(def);
    }
  });

  it("a deleted row in the middle", async () => {
    const person = await seedLog(3);
    await tamper(`DELETE FROM access_log_entry WHERE person_id = '${person.id}' AND seq = 2`);
    expect(await breaksOf(person.id)).toEqual([
      { personId: person.id, seq: 3, problem: "prev_hash_mismatch" },
    ]);
  });

  it("a deleted tail, against the anchor (a chain alone cannot show it)", async () => {
    const person = await seedLog(4);
    const anchors = await headsOf(person.id);
    await tamper(`DELETE FROM access_log_entry WHERE person_id = '${person.id}' AND seq >= 3`);
    expect(await breaksOf(person.id)).toEqual([]);
    expect(await breaksOf(person.id, anchors)).toEqual([
      { personId: person.id, seq: 4, problem: "tail_missing" },
    ]);
  });

  it("a person's whole chain deleted", async () => {
    const person = await seedLog(2);
    const anchors = await headsOf(person.id);
    await tamper(`DELETE FROM access_log_entry WHERE person_id = '${person.id}'`);
    expect(await breaksOf(person.id, anchors)).toEqual([
      { personId: person.id, seq: 2, problem: "chain_missing" },
    ]);
  });

  it("a change with the chain recomputed after it, against the anchor", async () => {
    const person = await seedLog(4);
    const anchors = await headsOf(person.id);
    await tamper(
      `UPDATE access_log_entry SET actor_name = 'Noen andre' WHERE person_id = '${person.id}' AND seq = 2`,
    );
    await rechain(person.id, 2);
    // Consistent in itself: only the anchor kept outside the database tells.
    expect(await breaksOf(person.id)).toEqual([]);
    expect(await breaksOf(person.id, anchors)).toEqual([
      { personId: person.id, seq: 4, problem: "anchor_mismatch" },
    ]);
  });

  it("entries added after the anchor are fine; the anchor itself cannot be edited or re-signed without the key", async () => {
    const person = await seedLog(2);
    const signed = signAnchors(await headsOf(person.id), KEY);
    await withAccess(
      t.db,
      { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Test" },
      { subject: "meg", category: "PROFILE", action: "READ" },
      async () => null,
    );
    expect(await breaksOf(person.id, openAnchors(signed, KEY).heads)).toEqual([]);

    const edited = {
      ...signed,
      heads: signed.heads.map(([id, seq, hash]) => [id, seq - 1, hash] as [string, number, string]),
    };
    expect(() => openAnchors(edited, KEY)).toThrow(AnchorError);
    expect(() => openAnchors(signed, "x".repeat(40))).toThrow(AnchorError);
    expect(() => signAnchors([], "short")).toThrow(/AUDIT_ANCHOR_KEY/);
  });
});
