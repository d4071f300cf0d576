// Direct database access for specs that must move time (the embedded server listens on the port
// web-server.ts gives it). Never used to check what a user sees: only to set up what time would.
import { createPrismaClient, type Db } from "@/lib/db/client";

export function e2eDatabaseUrl(): string {
  const port = Number(process.env.E2E_PORT ?? 3100) + 1000;
  return (
    process.env.E2E_DATABASE_URL ??
    `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`
  );
}

export async function withE2eDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = createPrismaClient(e2eDatabaseUrl(), 1);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}
