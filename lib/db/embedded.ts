import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lockDataDir } from "./data-dir-lock";
import { servePglite } from "./pglite-server";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const defaultEmbeddedDataDir = path.join(repoRoot, ".data", "pglite");

export interface EmbeddedDb {
  /** postgresql:// URL on 127.0.0.1; clients must use a pool of one connection (DB_POOL_MAX=1). */
  url: string;
  port: number;
  dataDir: string;
  /** True when this start created the data directory. */
  created: boolean;
  close(): Promise<void>;
}

export interface EmbeddedDbOptions {
  /** Defaults to EMBEDDED_DB_DIR, else .data/pglite in the repository. */
  dataDir?: string;
  /** Defaults to EMBEDDED_DB_PORT, else a free port. */
  port?: number;
}

/**
 * Starts the embedded PostgreSQL: a file-backed PGlite served on loopback for the app, the seed
 * and the migration runner, each holding one connection.
 */
export async function startEmbeddedDb(options: EmbeddedDbOptions = {}): Promise<EmbeddedDb> {
  const dataDir = path.resolve(
    options.dataDir ?? process.env.EMBEDDED_DB_DIR ?? defaultEmbeddedDataDir,
  );
  const port = options.port ?? (Number(process.env.EMBEDDED_DB_PORT) || 0);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = lockDataDir(dataDir);
  const created = !existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    const served = await servePglite({ dataDir, port, maxConnections: 64 });
    return {
      url: served.url,
      port: served.port,
      dataDir,
      created,
      async close() {
        try {
          await served.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
