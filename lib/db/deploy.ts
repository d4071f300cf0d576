import pg from "pg";
import { applyMigrations } from "./migrate";
import { grantRuntimeRole, roleOf } from "./roles";

/**
 * Migrates as the owner, then (with two roles) gives the runtime role its grants again, so tables a
 * new migration created are covered at once. Returns the applied migrations.
 */
export async function migrateAsOwner(urls: {
  ownerUrl: string;
  runtimeUrl: string;
}): Promise<string[]> {
  const applied = await applyMigrations(urls.ownerUrl);
  if (roleOf(urls.ownerUrl) !== roleOf(urls.runtimeUrl))
    await grantRuntimeRole(urls.ownerUrl, roleOf(urls.runtimeUrl));
  return applied;
}

/** Whether the role of `url` may create tables: a runtime role may not, so it cannot migrate. */
export async function canMigrate(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>(
      "SELECT has_schema_privilege('public', 'CREATE') AS ok",
    );
    return rows[0]?.ok ?? false;
  } finally {
    await client.end();
  }
}
