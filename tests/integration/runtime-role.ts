import type { Db, Tx } from "@/lib/db/client";
import { grantRuntimeRole } from "@/lib/db/roles";
import type { TestDatabase } from "./harness";

/** The role PGlite emulates: its one session switches to it with SET ROLE. */
const PGLITE_RUNTIME_ROLE = "helsami_runtime";

/**
 * Where the tests can act as the application's runtime role. On PostgreSQL the harness already runs
 * as one (TEST_DATABASE_RUNTIME_URL; CI sets it). PGlite has roles but a single session shared by
 * every connection, so there the owner creates the role with the same grants `npm run db:migrate`
 * gives, and the session switches to it (SET ROLE) for the duration. Null: PostgreSQL without a
 * separate runtime role configured, where these tests cannot run.
 */
export function runtimeRole(t: TestDatabase): string | null {
  if (t.onPglite) return PGLITE_RUNTIME_ROLE;
  return t.runtimeRole;
}

let prepared = false;
async function preparePglite(t: TestDatabase): Promise<void> {
  if (prepared) return;
  await t.owner.$executeRawUnsafe(
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${PGLITE_RUNTIME_ROLE}') THEN CREATE ROLE ${PGLITE_RUNTIME_ROLE} NOLOGIN; END IF; END $$`,
  );
  await grantRuntimeRole(t.ownerConnectionString, PGLITE_RUNTIME_ROLE);
  prepared = true;
}

/** Runs `work` in one transaction as the runtime role (a refused statement ends that transaction). */
export async function inRuntimeTransaction<T>(
  t: TestDatabase,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  if (!t.onPglite) return t.db.$transaction(work);
  await preparePglite(t);
  return t.owner.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL ROLE ${PGLITE_RUNTIME_ROLE}`);
    return work(tx);
  });
}

/** Runs application code (which opens its own transactions) with `db` as the runtime role. */
export async function asRuntimeRole<T>(t: TestDatabase, work: (db: Db) => Promise<T>): Promise<T> {
  if (!t.onPglite) return work(t.db);
  await preparePglite(t);
  await t.owner.$executeRawUnsafe(`SET ROLE ${PGLITE_RUNTIME_ROLE}`);
  try {
    return await work(t.db);
  } finally {
    await t.owner.$executeRawUnsafe("RESET ROLE");
  }
}
