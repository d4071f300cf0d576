import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { serialTransactions } from "./serial-transactions";

export { Prisma };
export type Db = PrismaClient;
/** A database handle inside a transaction; domain functions accept either. */
export type Tx = Prisma.TransactionClient;
export type DbOrTx = PrismaClient | Prisma.TransactionClient;

/**
 * Builds a Prisma client on the `pg` driver adapter. The embedded PGlite server handles one
 * connection's messages at a time reliably, so its wrapper sets DB_POOL_MAX=1.
 */
export function createPrismaClient(connectionString: string, poolMax?: number): PrismaClient {
  const max = poolMax ?? (Number(process.env.DB_POOL_MAX) || 10);
  const adapter = serialTransactions(new PrismaPg({ connectionString, max }));
  return new PrismaClient({ adapter });
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
