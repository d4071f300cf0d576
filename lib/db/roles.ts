import pg from "pg";

/**
 * Tables the application may only add to and read: no UPDATE, DELETE or TRUNCATE for its role (the
 * access log, security events, the history of release rules). The log's triggers refuse changes as
 * well, but a trigger is only as strong as the role that could disable it: the runtime role owns
 * nothing, so it cannot.
 */
export const APPEND_ONLY_TABLES = [
  "access_log_entry",
  "security_event",
  "lab_release_rule_change",
  "lab_observation_revision",
] as const;

/** Bookkeeping of the migration runner: none of the application's business. */
const OWNER_ONLY_TABLES = ["_prisma_migrations"] as const;

/** The role (user name) a postgresql:// URL logs in as. */
export function roleOf(connectionString: string): string {
  return decodeURIComponent(new URL(connectionString).username);
}

/**
 * Gives the application's runtime role exactly what it needs, run by the owner (the role that
 * migrates) after every migration: read and write the ordinary tables, only INSERT and SELECT on the
 * append-only ones, use their sequences, and nothing else: no ownership, no DDL, no TRUNCATE, no
 * trigger changes. Default privileges make tables and sequences that later migrations create
 * usable at once; the append-only list is reapplied on each run.
 */
export function runtimeGrantStatements(runtimeRole: string, ownerRole: string): string[] {
  const rt = pg.escapeIdentifier(runtimeRole);
  const owner = pg.escapeIdentifier(ownerRole);
  return [
    `GRANT USAGE ON SCHEMA public TO ${rt}`,
    // The job queue (pg-boss) creates, owns and migrates its own schema "pgboss" at start and adds a
    // partition per queue: the runtime role may create schemas, never objects in public, so the
    // log's tables, triggers and functions stay out of its reach (their search path is pinned).
    `DO $grant$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO %I', current_database(), ${pg.escapeLiteral(runtimeRole)}); END $grant$`,
    `REVOKE CREATE ON SCHEMA public FROM ${rt}`,
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${rt}`,
    `REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${rt}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${rt}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${rt}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${rt}`,
    ...APPEND_ONLY_TABLES.map(
      (table) => `REVOKE UPDATE, DELETE ON ${pg.escapeIdentifier(table)} FROM ${rt}`,
    ),
    ...OWNER_ONLY_TABLES.map((table) => `REVOKE ALL ON ${pg.escapeIdentifier(table)} FROM ${rt}`),
  ];
}

/**
 * Applies the runtime role's grants on the database `ownerUrl` points at, as that owner. Refuses a
 * runtime role that is the owner or a member of it (it would own the log after all).
 */
export async function grantRuntimeRole(ownerUrl: string, runtimeRole: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ owner: string; member: boolean }>(
      "SELECT current_user AS owner, pg_has_role($1, current_user, 'MEMBER') AS member",
      [runtimeRole],
    );
    const { owner, member } = rows[0]!;
    if (member) {
      throw new Error(
        `The runtime role ${runtimeRole} is (a member of) the owner ${owner}: give the application its own role.`,
      );
    }
    await client.query("BEGIN");
    for (const statement of runtimeGrantStatements(runtimeRole, owner))
      await client.query(statement);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * The two URLs of a deployment: DATABASE_OWNER_URL migrates (falls back to DATABASE_URL, one role,
 * as in the embedded demo), DATABASE_URL is what the application runs as.
 */
export function databaseRoles(
  env: NodeJS.ProcessEnv,
): { ownerUrl: string; runtimeUrl: string; separate: boolean } | null {
  const runtimeUrl = env.DATABASE_URL;
  if (!runtimeUrl) return null;
  const ownerUrl = env.DATABASE_OWNER_URL || runtimeUrl;
  return { ownerUrl, runtimeUrl, separate: roleOf(ownerUrl) !== roleOf(runtimeUrl) };
}
