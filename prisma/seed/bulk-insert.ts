import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/** A column of a bulk insert: its database name, Postgres type, and how to read it from a row. */
export interface BulkColumn<R> {
  name: string;
  /** Postgres type of one element, e.g. uuid, text, date, timestamptz, or a quoted enum type. */
  type: string;
  value: (row: R) => string | number | boolean | Date | null;
}

/**
 * Where a seed step writes its many rows. Every domain's bulk rows go through `ctx.bulk`, so the
 * seed chooses once how (COPY on PostgreSQL, unnest on the embedded database) and a step never
 * cares. Rows may be written on another connection and later than `insert` returns: call `flush`
 * (runSeed does after every step) before reading them back.
 */
export interface BulkWriter {
  readonly method: "copy" | "unnest";
  /** Queues rows for `table`; each batch is written in its own transaction. Returns rows.length. */
  insert<R>(table: string, columns: readonly BulkColumn<R>[], rows: readonly R[]): Promise<number>;
  /** Waits until everything queued is written (and committed); rethrows the first failure. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Dates travel as ISO text and are cast by the column type, so no driver time-zone guessing. */
export function bulkValue(
  type: string,
  v: string | number | boolean | Date | null,
): string | number | boolean | null {
  if (v instanceof Date) return type === "date" ? v.toISOString().slice(0, 10) : v.toISOString();
  return v;
}

/**
 * Inserts rows as one `INSERT … SELECT FROM unnest(array, array, …)` per batch: a handful of
 * parameters per batch instead of one per value. On the embedded database this is about 13×
 * faster than createMany, and it is the path wherever COPY FROM STDIN is not available (PGlite's
 * socket server loses protocol sync on it). The integration test checks the rows against the model.
 */
export async function bulkInsert<R>(
  db: Db,
  table: string,
  columns: readonly BulkColumn<R>[],
  rows: readonly R[],
  batchSize: number,
): Promise<number> {
  const names = Prisma.raw(columns.map((c) => `"${c.name}"`).join(", "));
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    const arrays = columns.map((c) => {
      const values = batch.map((r) => bulkValue(c.type, c.value(r)));
      return Prisma.sql`${values}::${Prisma.raw(c.type)}[]`;
    });
    await db.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) SELECT * FROM unnest(${Prisma.join(arrays)})`;
  }
  return rows.length;
}

/**
 * The portable writer: unnest inserts through the seed's Prisma client. Rows are collected per
 * table, so a step may hand them over a person at a time; when one table has a batch, every table's
 * rows are written in the order the tables first came, so a parent row (person) is always in before
 * the rows that point at it (its parental responsibilities), with every foreign key in place.
 */
export function unnestWriter(db: Db, batchSize: number): BulkWriter {
  const pending = new Map<
    string,
    { table: string; columns: readonly BulkColumn<never>[]; rows: unknown[] }
  >();
  const writeAll = async () => {
    for (const [key, p] of pending) {
      pending.delete(key);
      await bulkInsert(db, p.table, p.columns as readonly BulkColumn<unknown>[], p.rows, batchSize);
    }
  };
  return {
    method: "unnest",
    async insert(table, columns, rows) {
      const key = `${table}(${columns.map((c) => c.name).join(",")})`;
      let p = pending.get(key);
      if (!p)
        pending.set(
          key,
          (p = { table, columns: columns as readonly BulkColumn<never>[], rows: [] }),
        );
      for (const row of rows) p.rows.push(row);
      if (p.rows.length >= batchSize) await writeAll();
      return rows.length;
    },
    flush: writeAll,
    close: async () => {},
  };
}
