// Database commands: `migrate` (apply pending migrations) and `migration <name>` (write the next one).
// Run with tsx; npm run db:migrate / npm run db:migration -- <name>.
import { startEmbeddedDb } from "@/lib/db/embedded";
import { migrateAsOwner } from "@/lib/db/deploy";
import { createMigration } from "@/lib/db/migrate";
import { databaseRoles } from "@/lib/db/roles";

/**
 * Migrates as DATABASE_OWNER_URL (or DATABASE_URL when there is one role) and grants the role of
 * DATABASE_URL what the application needs; without DATABASE_URL, the embedded database.
 */
async function migrate(): Promise<void> {
  const roles = databaseRoles(process.env);
  const embedded = roles ? undefined : await startEmbeddedDb();
  try {
    const applied = await migrateAsOwner(
      roles ?? { ownerUrl: embedded!.url, runtimeUrl: embedded!.url },
    );
    if (roles?.separate) console.log(`runtime role granted: ${new URL(roles.runtimeUrl).username}`);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  } finally {
    await embedded?.close();
  }
}

async function migration(name: string | undefined): Promise<void> {
  if (!name) throw new Error("usage: npm run db:migration -- <name>");
  // The diff needs no existing data: without DATABASE_URL it runs on throwaway in-memory
  // PGlites, so it also works while npm run dev holds the embedded data dir.
  const folder = await createMigration(name, process.env.DATABASE_URL);
  if (folder) console.log("apply it with npm run db:migrate (npm run dev applies it on start)");
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === "migrate") await migrate();
  else if (command === "migration") await migration(rest[0]);
  else throw new Error("usage: tsx scripts/db.ts migrate | migration <name>");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
