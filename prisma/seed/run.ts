import type { Db } from "@/lib/db/client";
import { copyWriter, serverTakesCopy } from "./bulk-copy";
import { unnestWriter, type BulkWriter } from "./bulk-insert";
import { relaxForBulkLoad } from "./bulk-load";
import { createSeedContext, type SeedContext, type SeedOptions, type SeedStep } from "./context";
import { SEED_STEPS } from "./steps";

export interface StepTiming {
  name: string;
  ms: number;
  summary: string;
}

/**
 * Runs the seed steps in order on `db`; the CLI and the integration tests both come through here.
 *
 * With `patients` > 0 (the load-test region) it runs as a bulk load: the tables the steps name in
 * `bulkTables` lose their non-unique indexes and outgoing foreign keys until the last step has run,
 * and when `connectionString` points at a PostgreSQL server (not PGlite) the rows go in with COPY
 * on two connections of their own. Without patients, or on PGlite, rows go through unnest inserts
 * on `db`, with every index and key in place.
 */
export async function runSeed(
  db: Db,
  opts: {
    now?: Date;
    options?: Partial<SeedOptions>;
    steps?: readonly SeedStep[];
    log?: (line: string) => void;
    /** The database `db` talks to, for the COPY connections (as the same role). */
    connectionString?: string;
  } = {},
): Promise<{ ctx: SeedContext; timings: StepTiming[]; bulk: BulkWriter["method"] }> {
  const steps = opts.steps ?? SEED_STEPS;
  const batchSize = opts.options?.batchSize ?? 2000;
  const bulkLoad = (opts.options?.patients ?? 0) > 0;
  const copy =
    bulkLoad &&
    opts.connectionString !== undefined &&
    (await serverTakesCopy(opts.connectionString));
  const bulk = copy
    ? copyWriter(opts.connectionString!, { batchRows: Math.max(batchSize, 20_000) })
    : unnestWriter(db, batchSize);
  const ctx = createSeedContext({ now: opts.now, options: opts.options, log: opts.log, bulk });
  const timings: StepTiming[] = [];
  const report = (name: string, ms: number, summary: string) => {
    timings.push({ name, ms, summary });
    opts.log?.(`  ${name.padEnd(26)} ${String(ms).padStart(7)} ms  ${summary}`);
  };
  try {
    let started = performance.now();
    const tables = [...new Set(steps.flatMap((s) => s.bulkTables ?? []))];
    const relaxed = bulkLoad && tables.length > 0 ? await relaxForBulkLoad(db, tables) : null;
    if (relaxed) {
      const indexes = relaxed.dropped.reduce((n, d) => n + d.indexes.length, 0);
      const keys = relaxed.dropped.reduce((n, d) => n + d.foreignKeys.length, 0);
      const primary = relaxed.dropped.filter((d) => d.primaryKey).length;
      report(
        "bulk load: relax",
        Math.round(performance.now() - started),
        `${bulk.method}; dropped ${indexes} indexes, ${primary} primary keys, ${keys} foreign keys on ${tables.length} tables`,
      );
    }
    for (const step of steps) {
      started = performance.now();
      const summary = (await step.run(db, ctx)) ?? "";
      // Everything a step queued is committed before the next step may read it.
      await bulk.flush();
      report(step.name, Math.round(performance.now() - started), summary);
    }
    // Statistics for the tables the bulk load does not analyse (the rebuild below does those): a
    // small table such as the 17-row analysis dictionary never reaches autovacuum's threshold, and
    // unanalysed the planner guesses it at hundreds of rows, which can lift a cheap query's estimate
    // over PostgreSQL's JIT threshold (hundreds of ms of compiling).
    started = performance.now();
    const unanalysed = await db.$queryRaw<Array<{ name: string }>>`
      SELECT tablename AS name FROM pg_tables
       WHERE schemaname = current_schema() AND NOT (tablename = ANY(${relaxed ? tables : []}::text[]))`;
    if (unanalysed.length > 0)
      await db.$executeRawUnsafe(
        `ANALYZE ${unanalysed.map((t) => `"${t.name.replaceAll('"', '""')}"`).join(", ")}`,
      );
    report("statistics", Math.round(performance.now() - started), `${unanalysed.length} tables`);
    if (relaxed) {
      started = performance.now();
      const parts = await relaxed.restore();
      report(
        "bulk load: rebuild",
        Math.round(performance.now() - started),
        parts.map((p) => `${p.what} ${p.ms} ms`).join("; "),
      );
    }
  } finally {
    await bulk.close();
  }
  return { ctx, timings, bulk: bulk.method };
}
