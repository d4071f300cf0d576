import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { serialTransactions } from "./serial-transactions";

export { Prisma };
export type Db = PrismaClient;
/** A database handle inside a transaction; domain functions accept either. */
export type Tx = Prisma.TransactionClient;
export type DbOrTx = PrismaClient | Prisma.TransactionClient;

/** Runs `work` in a transaction of its own, or in the caller's when given one. */
export function inTransaction<T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work) : work(db);
}

/**
 * Builds a Prisma client on the `pg` driver adapter. The embedded PGlite server handles one
 * connection's messages at a time reliably, so its wrapper sets DB_POOL_MAX=1.
 */
export function createPrismaClient(connectionString: string, poolMax?: number): PrismaClient {
  const max = poolMax ?? (Number(process.env.DB_POOL_MAX) || 10);
  const adapter = serialTransactions(new PrismaPg({ connectionString, max }));
  if (process.env.DB_COUNT_STATEMENTS !== "1") return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  countStatements(client);
  return client;
}

/**
 * For `npm run bench:pages` only (DB_COUNT_STATEMENTS=1): counts the statements this process sends
 * and prints the running total to stderr twice a second while it changes, so the benchmark can
 * report statements per request from outside.
 */
function countStatements(client: PrismaClient<"query">): void {
  let total = 0;
  let printed = 0;
  client.$on("query", () => {
    total++;
  });
  const timer = setInterval(() => {
    if (total === printed) return;
    printed = total;
    console.error(`[db-statements] ${total}`);
  }, 500);
  timer.unref();
}

const globalForDb = globalThis as unknown as { __helsamiDb?: PrismaClient };

/** The application's client, created on first use so that importing this module never connects. */
export function getDb(): PrismaClient {
  if (!globalForDb.__helsamiDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start the app through scripts/with-db.ts (npm run dev / demo / start).",
      );
    }
    globalForDb.__helsamiDb = createPrismaClient(url);
  }
  return globalForDb.__helsamiDb;
}
