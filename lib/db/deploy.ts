import { applyMigrations } from "./migrate";
import { grantRuntimeRole, roleOf } from "./roles";

/**
 * Migrates as the owner, then (with two roles) gives the runtime role its grants again, so tables a
 * new migration created are covered at once. Returns the applied migrations.
 */
export async function migrateAsOwner(urls: { ownerUrl: string; runtimeUrl: string }): Promise<string[]> {
  const applied = await applyMigrations(urls.ownerUrl);
  if (roleOf(urls.ownerUrl) !== roleOf(urls.runtimeUrl)) await grantRuntimeRole(urls.ownerUrl, roleOf(urls.runtimeUrl));
  return applied;
}
