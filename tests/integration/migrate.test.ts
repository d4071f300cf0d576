import { cp, mkdtemp, readdir, readFile, rm, writeFile, appendFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, createMigration } from "@/lib/db/migrate";
import { defaultMigrationsDir, defaultSchemaPath } from "@/lib/db/migrations-dir";
import { serveEmptyPglite } from "@/lib/db/pglite-empty-cluster";
import { runOnServer, withDatabase } from "@/lib/db/shadow-db";

interface EmptyDatabase {
  url: string;
  /** What createMigration gets: the server for a temporary shadow, or nothing for PGlite. */
  shadowSource: string | undefined;
  drop(): Promise<void>;
}

const targets: [string, () => Promise<EmptyDatabase>][] = [
  [
    "PGlite",
    async () => {
      const served = await serveEmptyPglite();
      return { url: served.url, shadowSource: undefined, drop: () => served.close() };
    },
  ],
];
const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) {
  targets.push([
    "PostgreSQL",
    async () => {
      const name = `helsami_migrate_${randomBytes(6).toString("hex")}`;
      await runOnServer(adminUrl, `CREATE DATABASE "${name}"`);
      const url = withDatabase(adminUrl, name);
      return {
        url,
        shadowSource: url,
        drop: () => runOnServer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      };
    },
  ]);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

// A hand-written migration like the lead's triggers: a function body full of semicolons.
const handWrittenSql = `
CREATE FUNCTION migration_probe_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'migration_probe rows stay; % refused', TG_OP;
  RETURN NULL;
END
$$;
CREATE TRIGGER migration_probe_no_delete BEFORE DELETE ON migration_probe
  FOR EACH ROW EXECUTE FUNCTION migration_probe_refuse_delete();
`;

describe.each(targets)("migration runner on %s", (_label, createEmpty) => {
  let database: EmptyDatabase;
  let work: string;
  let migrationsDir: string;
  let schemaPath: string;

  beforeAll(async () => {
    database = await createEmpty();
    work = await mkdtemp(path.join(tmpdir(), "helsami-migrate-"));
    migrationsDir = path.join(work, "migrations");
    schemaPath = path.join(work, "schema.prisma");
    await cp(defaultMigrationsDir, migrationsDir, { recursive: true });
    await cp(defaultSchemaPath, schemaPath);
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("applies every migration to an empty database and records it", async () => {
    const folders = (await readdir(defaultMigrationsDir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(await applyMigrations(database.url)).toEqual(folders);
    const recorded = await query<{ migration_name: string }>(
      database.url,
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
    );
    expect(recorded.map((row) => row.migration_name)).toEqual(folders);
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it("finds no changes between the migrations and schema.prisma", async () => {
    const folders = await readdir(migrationsDir);
    expect(
      await createMigration("nothing", database.shadowSource, {
        migrationsDir,
        schemaPath,
        quiet: true,
      }),
    ).toBeNull();
    expect(await readdir(migrationsDir)).toEqual(folders);
  }, 120_000);

  it("creates a migration from a changed schema, and it applies cleanly", async () => {
    await appendFile(
      schemaPath,
      '\nmodel MigrationProbe {\n  id   Int     @id\n  note String?\n\n  @@map("migration_probe")\n}\n',
    );
    const folder = await createMigration("add probe", database.shadowSource, {
      migrationsDir,
      schemaPath,
      quiet: true,
    });
    expect(folder).toMatch(/^\d{14}_add_probe$/);
    const existing = (await readdir(defaultMigrationsDir))
      .filter((name) => /^\d{14}_/.test(name))
      .sort();
    expect(folder! > existing.at(-1)!).toBe(true);
    const sql = await readFile(path.join(migrationsDir, folder!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "migration_probe"');

    expect(await applyMigrations(database.url, { migrationsDir })).toEqual([folder]);
    expect(await query(database.url, "SELECT * FROM migration_probe")).toEqual([]);
  }, 120_000);

  it("applies hand-written SQL, and diffs still work after it", async () => {
    const folder = "29991231000000_probe_guard";
    await mkdir(path.join(migrationsDir, folder));
    await writeFile(path.join(migrationsDir, folder, "migration.sql"), handWrittenSql);
    expect(await applyMigrations(database.url, { migrationsDir })).toEqual([folder]);

    await query(database.url, "INSERT INTO migration_probe (id) VALUES (1)");
    await expect(query(database.url, "DELETE FROM migration_probe")).rejects.toThrow(
      /rows stay; DELETE refused/,
    );
    expect(
      await createMigration("after", database.shadowSource, {
        migrationsDir,
        schemaPath,
        quiet: true,
      }),
    ).toBeNull();
  }, 120_000);
});
