import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface ServedPglite {
  db: PGlite;
  /** postgresql:// URL of the loopback server; clients must use a pool of at most one connection. */
  url: string;
  port: number;
  /** Stops the socket server, then closes PGlite so a file-backed data dir is left consistent. */
  close(): Promise<void>;
}

export interface ServePgliteOptions {
  /** Data directory on disk; omitted means an in-memory database. */
  dataDir?: string;
  /** A `dumpDataDir` tarball to start from (in-memory only). */
  loadDataDir?: Blob;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Several clients (migrator, app, seed) each hold one connection. */
  maxConnections?: number;
  pgliteOptions?: Omit<PGliteOptions, "dataDir" | "loadDataDir">;
}

/** Starts PGlite and serves it over the Postgres wire protocol on 127.0.0.1 for `pg`/Prisma. */
export async function servePglite(options: ServePgliteOptions = {}): Promise<ServedPglite> {
  const db = new PGlite({
    ...options.pgliteOptions,
    // The slot table's no-overlap constraint (EXCLUDE USING gist on clinician and time range) needs
    // btree_gist; PGlite ships it as a contrib module that must be loaded with every instance.
    extensions: { btree_gist, ...options.pgliteOptions?.extensions },
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await db.waitReady;
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 32,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  // getServerConn() reports the port actually bound, also when we asked for 0.
  const port = Number(server.getServerConn().split(":").pop());
  let closing: Promise<void> | undefined;
  return {
    db,
    port,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    close() {
      closing ??= (async () => {
        await server.stop();
        if (!db.closed) await db.close();
      })();
      return closing;
    },
  };
}
