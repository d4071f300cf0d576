import { randomBytes } from "node:crypto";
import pg from "pg";
import type { ShadowDatabaseProvider } from "./engine-adapter";
import { serveEmptyPglite } from "./pglite-empty-cluster";

/** The shadow for the embedded setup. */
export const pgliteShadowDatabase: ShadowDatabaseProvider = async () => {
  const served = await serveEmptyPglite();
  return { url: served.url, drop: () => served.close() };
};

/** A temporary database on the same PostgreSQL server as `connectionString`. */
export function postgresShadowDatabase(connectionString: string): ShadowDatabaseProvider {
  return async () => {
    const name = `prisma_shadow_${randomBytes(6).toString("hex")}`;
    await runOnServer(connectionString, `CREATE DATABASE "${name}"`);
    return {
      url: withDatabase(connectionString, name),
      // FORCE: a connection the engine forgot must not keep the shadow alive.
      drop: () => runOnServer(connectionString, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  };
}

/** The same server and credentials, another database. */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function runOnServer(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** PGlite cannot create further databases, so the shadow must come from elsewhere. */
export async function isPglite(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version() AS version");
    return rows[0]?.version.includes("PGlite") ?? false;
  } finally {
    await client.end();
  }
}
