import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { servePgliteFromTemplate } from "./pglite-template";
import { createDatabaseFromTemplate } from "./postgres-template";

export interface TestDatabase {
  /** The file's PrismaClient (valid inside tests and hooks). */
  readonly db: Db;
  /** postgresql:// URL of the file's database. */
  readonly connectionString: string;
  /** Another client on the same database, for concurrency tests; closed after the file. */
  newClient(): Db;
}

interface OpenDatabase {
  url: string;
  poolMax: number;
  clients: Db[];
  close(): Promise<void>;
}

/**
 * Gives the calling test file its own freshly migrated database: an in-memory PGlite copy of the
 * template by default, or a `CREATE DATABASE … TEMPLATE` copy when TEST_DATABASE_URL names a
 * real PostgreSQL server. Call it once at the top of the file.
 */
export function useTestDatabase(): TestDatabase {
  let open: OpenDatabase | undefined;
  const current = () => {
    if (!open) throw new Error("The test database exists only inside tests and hooks (after beforeAll).");
    return open;
  };

  beforeAll(async () => {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (adminUrl) {
      const created = await createDatabaseFromTemplate(adminUrl);
      open = { url: created.url, poolMax: 4, clients: [], close: created.drop };
    } else {
      const served = await servePgliteFromTemplate();
      // The embedded server wants one connection per client.
      open = { url: served.url, poolMax: 1, clients: [], close: served.close };
    }
    open.clients.push(createPrismaClient(open.url, open.poolMax));
  }, 120_000);

  afterAll(async () => {
    if (!open) return;
    const { clients, close } = open;
    open = undefined;
    await Promise.all(clients.map((client) => client.$disconnect()));
    await close();
  });

  return {
    get db() {
      return current().clients[0]!;
    },
    get connectionString() {
      return current().url;
    },
    newClient() {
      const { url, poolMax, clients } = current();
      const client = createPrismaClient(url, poolMax);
      clients.push(client);
      return client;
    },
  };
}
