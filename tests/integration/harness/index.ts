import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { grantRuntimeRole, roleOf } from "@/lib/db/roles";
import { withDatabase } from "@/lib/db/shadow-db";
import { servePgliteFromTemplate } from "./pglite-template";
import { createDatabaseFromTemplate } from "./postgres-template";

export interface TestDatabase {
  /** The file's PrismaClient, as the application's runtime role (valid inside tests and hooks). */
  readonly db: Db;
  /** postgresql:// URL of the file's database, as the runtime role. */
  readonly connectionString: string;
  /** Another client on the same database, for concurrency tests; closed after the file. */
  newClient(): Db;
  /**
   * A client as the role that migrated (owns the tables), on one connection so session settings
   * hold: for what only the owner may do (seeding a dated history, tampering tests).
   */
  readonly owner: Db;
  /** postgresql:// URL of the file's database, as the owner. */
  readonly ownerConnectionString: string;
  /**
   * The separate runtime role the tests run as on PostgreSQL (TEST_DATABASE_RUNTIME_URL), or null
   * when there is one role (PGlite, or PostgreSQL without a runtime role configured).
   */
  readonly runtimeRole: string | null;
  readonly onPglite: boolean;
}

interface OpenDatabase {
  url: string;
  ownerUrl: string;
  runtimeRole: string | null;
  poolMax: number;
  clients: Db[];
  owner?: Db;
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
    if (!open)
      throw new Error("The test database exists only inside tests and hooks (after beforeAll).");
    return open;
  };

  beforeAll(async () => {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (adminUrl) {
      const created = await createDatabaseFromTemplate(adminUrl);
      // Two roles, as in production: TEST_DATABASE_URL migrates and owns, the tests run as the
      // runtime role with the grants `npm run db:migrate` gives it.
      const runtimeUrl = process.env.TEST_DATABASE_RUNTIME_URL;
      let url = created.url;
      let runtimeRole: string | null = null;
      if (runtimeUrl && roleOf(runtimeUrl) !== roleOf(adminUrl)) {
        runtimeRole = roleOf(runtimeUrl);
        await grantRuntimeRole(created.url, runtimeRole);
        url = withDatabase(runtimeUrl, new URL(created.url).pathname.slice(1));
      }
      open = {
        url,
        ownerUrl: created.url,
        runtimeRole,
        poolMax: 4,
        clients: [],
        close: created.drop,
      };
    } else {
      const served = await servePgliteFromTemplate();
      // The embedded server wants one connection per client.
      open = {
        url: served.url,
        ownerUrl: served.url,
        runtimeRole: null,
        poolMax: 1,
        clients: [],
        close: served.close,
      };
    }
    open.clients.push(createPrismaClient(open.url, open.poolMax));
  }, 120_000);

  afterAll(async () => {
    if (!open) return;
    const { clients, owner, close } = open;
    open = undefined;
    await Promise.all(
      [...clients, ...(owner ? [owner] : [])].map((client) => client.$disconnect()),
    );
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
    get owner() {
      const o = current();
      o.owner ??= createPrismaClient(o.ownerUrl, 1);
      return o.owner;
    },
    get ownerConnectionString() {
      return current().ownerUrl;
    },
    get runtimeRole() {
      return current().runtimeRole;
    },
    get onPglite() {
      return !process.env.TEST_DATABASE_URL;
    },
  };
}
