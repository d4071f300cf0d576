import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { defaultMigrationsDir, hashMigrations, readMigrationsList } from "@/lib/db/migrations-dir";
import { runOnServer, withDatabase } from "@/lib/db/shadow-db";

const TEMPLATE_PREFIX = "helsami_tpl_";
// Any constant: serialises template builds across workers and parallel runs on one server.
const ADVISORY_LOCK_KEY = 724_113_001;

/**
 * On real PostgreSQL the migrated template is a database named by the connecting role and the
 * migrations hash, built once under an advisory lock. Returns its name. The role is in the name
 * because a shared development server may hold another role's template of the same migrations,
 * which this role could neither use as its owner nor drop.
 */
export async function ensurePostgresTemplate(adminUrl: string): Promise<string> {
  const hash = hashMigrations(await readMigrationsList(defaultMigrationsDir));
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const role = (await client.query<{ role: string }>("SELECT current_user AS role")).rows[0]!
      .role;
    const prefix = `${TEMPLATE_PREFIX}${role.replace(/[^a-z0-9_]/gi, "").slice(0, 24)}_`;
    const name = `${prefix}${hash}`;
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    // Only this role's own templates: another role's are not ours to use or drop.
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba
       WHERE d.datname LIKE $1 AND r.rolname = current_user`,
      [`${prefix.replace(/_/g, "\\_")}%`],
    );
    if (rows.some((row) => row.datname === name)) return name;
    await client.query(`CREATE DATABASE "${name}"`);
    try {
      await applyMigrations(withDatabase(adminUrl, name));
    } catch (error) {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      throw error;
    }
    // Templates of older migration histories are dead weight now.
    for (const { datname } of rows)
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return name;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** A fresh copy of the template for one test file (about 0.2 s), and how to drop it. */
export async function createDatabaseFromTemplate(
  adminUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const template = await ensurePostgresTemplate(adminUrl);
  const name = `helsami_test_${randomBytes(6).toString("hex")}`;
  await runOnServer(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: withDatabase(adminUrl, name),
    drop: () => dropDatabase(adminUrl, name),
  };
}

/**
 * Drops a test database. FORCE cannot end a backend of another role, such as an autovacuum worker
 * that has just started on the copy (error 42501 without pg_signal_backend): wait and try again.
 */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await runOnServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "42501" || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
