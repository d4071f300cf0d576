import type { Db } from "@/lib/db/client";

/** Tables whose triggers are the access log's guard: never part of a bulk load. */
const GUARDED_TABLES = new Set(["access_log_entry", "security_event"]);

interface Dropped {
  table: string;
  /** The primary key, when only other bulk tables point at it (their keys are dropped too). */
  primaryKey: { name: string; def: string } | null;
  /** Non-unique indexes: `CREATE INDEX …` as pg_get_indexdef gives it. */
  indexes: Array<{ name: string; def: string }>;
  /** Foreign keys leaving the table: `FOREIGN KEY (…) REFERENCES …` as pg_get_constraintdef gives it. */
  foreignKeys: Array<{ name: string; def: string }>;
}

export interface RestoreTiming {
  what: string;
  ms: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Before a bulk load: drops the non-unique indexes of `tables`, the foreign keys leaving them, and
 * the primary keys that only other bulk tables point at, so millions of rows go in without per-row
 * index maintenance and per-row foreign-key triggers. Unique indexes stay (ON CONFLICT targets keep
 * existing), and so do primary keys that other tables point at (person, medication_statement). The
 * tables have no triggers of their own; the access log's guarded tables are refused. Returns
 * `restore`, which adds the primary keys and builds the indexes in one sort each (a duplicate id
 * fails it), adds the foreign keys back (each validated by one join over the loaded rows: a row
 * pointing nowhere fails the seed loudly) and analyzes the tables for the planner.
 */
export async function relaxForBulkLoad(
  db: Db,
  tables: readonly string[],
): Promise<{ dropped: Dropped[]; restore(): Promise<RestoreTiming[]> }> {
  for (const t of tables)
    if (GUARDED_TABLES.has(t))
      throw new Error(`${t} is guarded by the access log's triggers; it is never bulk-loaded`);
  const indexes = await db.$queryRaw<Array<{ table: string; name: string; def: string }>>`
    SELECT t.relname AS "table", i.relname AS name, pg_get_indexdef(i.oid) AS def
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND t.relname = ANY(${tables as string[]}::text[])
       AND NOT x.indisunique AND NOT x.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)
     ORDER BY 1, 2`;
  const keys = await db.$queryRaw<Array<{ table: string; name: string; def: string }>>`
    SELECT t.relname AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND t.relname = ANY(${tables as string[]}::text[]) AND c.contype = 'f'
     ORDER BY 1, 2`;
  // A primary key nothing outside the load points at; the load's own keys are dropped first.
  const primaryKeys = await db.$queryRaw<Array<{ table: string; name: string; def: string }>>`
    SELECT t.relname AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND t.relname = ANY(${tables as string[]}::text[]) AND c.contype = 'p'
       AND NOT EXISTS (
         SELECT 1 FROM pg_constraint f JOIN pg_class r ON r.oid = f.conrelid
          WHERE f.contype = 'f' AND f.confrelid = t.oid AND NOT (r.relname = ANY(${tables as string[]}::text[])))`;
  const dropped: Dropped[] = tables.map((table) => ({
    table,
    primaryKey: primaryKeys.find((k) => k.table === table) ?? null,
    indexes: indexes.filter((i) => i.table === table).map(({ name, def }) => ({ name, def })),
    foreignKeys: keys.filter((k) => k.table === table).map(({ name, def }) => ({ name, def })),
  }));
  for (const d of dropped) {
    for (const k of d.foreignKeys)
      await db.$executeRawUnsafe(`ALTER TABLE ${quote(d.table)} DROP CONSTRAINT ${quote(k.name)}`);
    for (const i of d.indexes) await db.$executeRawUnsafe(`DROP INDEX ${quote(i.name)}`);
  }
  for (const d of dropped) {
    if (d.primaryKey)
      await db.$executeRawUnsafe(
        `ALTER TABLE ${quote(d.table)} DROP CONSTRAINT ${quote(d.primaryKey.name)}`,
      );
  }

  return {
    dropped,
    async restore() {
      const timings: RestoreTiming[] = [];
      // Index builds sort in memory when they can; the setting lasts for the transaction only.
      const build = (sql: string) =>
        db.$transaction(
          async (tx) => {
            await tx.$executeRawUnsafe("SET LOCAL maintenance_work_mem = '256MB'");
            await tx.$executeRawUnsafe(sql);
          },
          // A build over millions of rows on a busy machine takes longer than Prisma's 5 s default.
          { maxWait: 60_000, timeout: 30 * 60_000 },
        );
      for (const d of dropped) {
        const started = performance.now();
        if (d.primaryKey)
          await build(
            `ALTER TABLE ${quote(d.table)} ADD CONSTRAINT ${quote(d.primaryKey.name)} ${d.primaryKey.def}`,
          );
        for (const i of d.indexes) await build(i.def);
        const n = d.indexes.length + (d.primaryKey ? 1 : 0);
        if (n)
          timings.push({
            what: `${d.table}: ${n} indexes`,
            ms: Math.round(performance.now() - started),
          });
      }
      for (const d of dropped) {
        const started = performance.now();
        for (const k of d.foreignKeys)
          await db.$executeRawUnsafe(
            `ALTER TABLE ${quote(d.table)} ADD CONSTRAINT ${quote(k.name)} ${k.def}`,
          );
        if (d.foreignKeys.length)
          timings.push({
            what: `${d.table}: ${d.foreignKeys.length} foreign keys`,
            ms: Math.round(performance.now() - started),
          });
      }
      const started = performance.now();
      await db.$executeRawUnsafe(`ANALYZE ${dropped.map((d) => quote(d.table)).join(", ")}`);
      timings.push({ what: "analyze", ms: Math.round(performance.now() - started) });
      return timings;
    },
  };
}
