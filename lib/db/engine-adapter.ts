import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import { CharColumns } from "./char-columns";

/** A database the engine may fill and wipe to replay the migration history (`migrate diff`). */
export interface ShadowDatabase {
  url: string;
  drop(): Promise<void>;
}
export type ShadowDatabaseProvider = () => Promise<ShadowDatabase>;

function toDriverError(error: unknown): unknown {
  if (error instanceof pg.DatabaseError) {
    return new DriverAdapterError({
      kind: "postgres",
      code: error.code ?? "",
      severity: error.severity ?? "ERROR",
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
    });
  }
  return error;
}

function wrapTransaction(inner: Transaction, chars: CharColumns): Transaction {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    options: inner.options,
    queryRaw: chars.restore(inner),
    executeRaw: (query) => inner.executeRaw(query),
    commit: () => inner.commit(),
    rollback: () => inner.rollback(),
    ...(inner.createSavepoint && {
      createSavepoint: (name: string) => inner.createSavepoint!(name),
    }),
    ...(inner.rollbackToSavepoint && {
      rollbackToSavepoint: (name: string) => inner.rollbackToSavepoint!(name),
    }),
    ...(inner.releaseSavepoint && {
      releaseSavepoint: (name: string) => inner.releaseSavepoint!(name),
    }),
  };
}

/**
 * The pg adapter with two fixes for the engine: "char" columns (see CharColumns), and whole
 * scripts — the adapter splits scripts on ";", which breaks function bodies in hand-written
 * migrations (triggers), so we send a script as one simple query, which Postgres runs atomically.
 */
function wrapAdapter(
  inner: SqlDriverAdapter,
  pool: pg.Pool,
  chars: CharColumns,
  release: () => Promise<void>,
): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: chars.restore(inner),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: async (isolationLevel) =>
      wrapTransaction(await inner.startTransaction(isolationLevel), chars),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    async executeScript(script) {
      try {
        await pool.query(script);
      } catch (error) {
        throw toDriverError(error);
      }
    },
    async dispose() {
      await inner.dispose();
      await release();
    },
  };
}

/**
 * The driver adapter factory handed to the schema engine. It owns its pools and closes them in
 * `close()`, since `engine.free()` leaves them open and would keep the process alive.
 */
export class EngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly cleanups = new Set<() => Promise<void>>();

  constructor(
    private readonly connectionString: string,
    private readonly shadowDatabase?: ShadowDatabaseProvider,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.adapterFor(this.connectionString, async () => {});
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    if (!this.shadowDatabase)
      throw new Error("This operation needs a shadow database, and none was configured.");
    const shadow = await this.shadowDatabase();
    return this.adapterFor(shadow.url, () => shadow.drop());
  }

  /** Ends every pool and drops every shadow database this factory made. */
  async close(): Promise<void> {
    const cleanups = [...this.cleanups].reverse();
    this.cleanups.clear();
    for (const cleanup of cleanups) await cleanup();
  }

  private async adapterFor(url: string, afterEnd: () => Promise<void>): Promise<SqlDriverAdapter> {
    // One connection: the engine is sequential, CharColumns relies on it, and so does PGlite's server.
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    pool.on("error", () => {
      // An idle connection dropped by the server; the next query opens a new one.
    });
    const chars = new CharColumns();
    chars.watch(pool);
    let released = false;
    const release = async () => {
      if (released) return;
      released = true;
      this.cleanups.delete(release);
      await pool.end();
      await afterEnd();
    };
    this.cleanups.add(release);
    const inner = await new PrismaPg(pool).connect();
    return wrapAdapter(inner, pool, chars, release);
  }
}
