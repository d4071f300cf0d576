import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { verifyAccessLog } from "@/lib/access/verify-log";
import { useTestDatabase } from "./harness";
import { createPerson } from "./factories";

const t = useTestDatabase();
const run = promisify(execFile);

async function seedLog(n: number) {
  const person = await createPerson(t.db, { age: 50 });
  const actor: Actor = { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Test" };
  for (let i = 0; i < n; i++) {
    await withAccess(t.db, actor, { subject: "meg", category: i % 2 ? "APPOINTMENTS" : "PROFILE", action: "READ" }, async () => null);
  }
  return person;
}

describe("access log: append-only and hash-chained", () => {
  it("chains entries per person in order", async () => {
    const person = await seedLog(4);
    const entries = await t.db.accessLogEntry.findMany({ where: { personId: person.id }, orderBy: { seq: "asc" } });
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0]!.prevHash).toBe("");
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    expect((await verifyAccessLog(t.db)).breaks).toEqual([]);
  });

  it("concurrent writers for one person never fork the chain", async () => {
    const person = await createPerson(t.db, { age: 30 });
    const actor: Actor = { kind: "CITIZEN", sessionId: "t", personId: person.id, name: "Test" };
    const other = t.newClient();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withAccess(i % 2 ? other : t.db, actor, { subject: "meg", category: "PROFILE", action: "READ" }, async () => null),
      ),
    );
    const seqs = (await t.db.accessLogEntry.findMany({ where: { personId: person.id }, select: { seq: true }, orderBy: { seq: "asc" } })).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await verifyAccessLog(t.db)).breaks).toEqual([]);
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    const person = await seedLog(1);
    await expect(t.db.$executeRaw`UPDATE access_log_entry SET actor_name = 'Noen andre' WHERE person_id = ${person.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRaw`DELETE FROM access_log_entry WHERE person_id = ${person.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe("TRUNCATE access_log_entry")).rejects.toThrow(/append-only/);
    expect(await t.db.accessLogEntry.count({ where: { personId: person.id } })).toBe(1);
  });

  it("a change made with the guard disabled is found, by the function and by `npm run audit:verify`", async () => {
    const person = await seedLog(3);
    const verify = () => run("npx", ["tsx", "scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: t.connectionString, DB_POOL_MAX: "1" } });
    // Intact first: the command exits 0.
    await t.db.$disconnect();
    const ok = await verify();
    expect(ok.stdout).toMatch(/Every chain is intact/);

    await t.db.$transaction([
      t.db.$executeRawUnsafe("ALTER TABLE access_log_entry DISABLE TRIGGER access_log_entry_append_only"),
      t.db.$executeRaw`UPDATE access_log_entry SET actor_name = 'Noen andre' WHERE person_id = ${person.id}::uuid AND seq = 2`,
      t.db.$executeRawUnsafe("ALTER TABLE access_log_entry ENABLE TRIGGER access_log_entry_append_only"),
    ]);
    const result = await verifyAccessLog(t.db);
    expect(result.breaks).toEqual([{ personId: person.id, seq: 2, problem: "hash_mismatch" }]);

    await t.db.$disconnect();
    const failed = await verify().then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(new RegExp(`person ${person.id} entry 2: hash_mismatch`));
  });

  it("a deleted entry leaves a gap that is found", async () => {
    const person = await seedLog(3);
    await t.db.$transaction([
      t.db.$executeRawUnsafe("ALTER TABLE access_log_entry DISABLE TRIGGER access_log_entry_append_only"),
      t.db.$executeRaw`DELETE FROM access_log_entry WHERE person_id = ${person.id}::uuid AND seq = 2`,
      t.db.$executeRawUnsafe("ALTER TABLE access_log_entry ENABLE TRIGGER access_log_entry_append_only"),
    ]);
    const breaks = (await verifyAccessLog(t.db)).breaks.filter((b) => b.personId === person.id);
    expect(breaks).toEqual([{ personId: person.id, seq: 3, problem: "prev_hash_mismatch" }]);
  });
});
