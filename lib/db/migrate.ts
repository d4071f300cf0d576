import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SchemaFilter } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { EngineAdapterFactory, type ShadowDatabaseProvider } from "./engine-adapter";
import {
  defaultMigrationsDir,
  defaultSchemaPath,
  ensureLockfile,
  nextMigrationName,
  readMigrationsList,
  writeMigration,
} from "./migrations-dir";
import { withSchemaEngine } from "./schema-engine";
import { serveEmptyPglite } from "./pglite-empty-cluster";
import { isPglite, pgliteShadowDatabase, postgresShadowDatabase } from "./shadow-db";

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface MigrateOptions {
  /** Defaults to the repository's prisma/migrations. */
  migrationsDir?: string;
}

/**
 * Applies the pending folders of prisma/migrations and records them in `_prisma_migrations`, like
 * `prisma migrate deploy`. Returns the names of the migrations it applied.
 */
export async function applyMigrations(
  connectionString: string,
  options: MigrateOptions = {},
): Promise<string[]> {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? defaultMigrationsDir);
  const factory = new EngineAdapterFactory(connectionString);
  try {
    const output = await withSchemaEngine(
      bindMigrationAwareSqlAdapterFactory(factory),
      undefined,
      (engine) => engine.applyMigrations({ migrationsList, filters: noFilters }),
    );
    return output.appliedMigrationNames;
  } finally {
    await factory.close();
  }
}

export interface CreateMigrationOptions extends MigrateOptions {
  /** Defaults to the repository's prisma/schema.prisma. */
  schemaPath?: string;
  /** The clock for the folder's timestamp. */
  now?: Date;
  /** Silences the "no changes" / "created" lines. */
  quiet?: boolean;
}

/**
 * Writes the next `<YYYYMMDDHHMMSS>_<name>/migration.sql`: the SQL that takes a database from the
 * existing migrations to schema.prisma. The engine replays the migrations on a shadow database: a
 * temporary database on real PostgreSQL, else a throwaway in-memory PGlite. Returns the folder
 * name, or null when the schema needs no change.
 */
export async function createMigration(
  name: string,
  connectionString?: string,
  options: CreateMigrationOptions = {},
): Promise<string | null> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const schemaPath = options.schemaPath ?? defaultSchemaPath;
  // The engine learns the provider from the lockfile, so the first migration needs it too.
  await ensureLockfile(migrationsDir);
  const migrationsList = await readMigrationsList(migrationsDir);
  const schema = { path: path.basename(schemaPath), content: await readFile(schemaPath, "utf8") };

  const sql = await withMainAndShadow(connectionString, async (factory) => {
    const result = await withSchemaEngine(
      bindMigrationAwareSqlAdapterFactory(factory),
      schema,
      (engine) =>
        engine.diff({
          from: { tag: "migrations", ...migrationsList },
          to: { tag: "schemaDatamodel", files: [schema] },
          script: true,
          exitCode: null,
          filters: noFilters,
        }),
    );
    return result.stdout ?? "";
  });

  if (isEmptyScript(sql)) {
    if (!options.quiet) console.log("no changes");
    return null;
  }
  const folder = nextMigrationName(
    name,
    migrationsList.migrationDirectories.map((dir) => dir.path),
    options.now ?? new Date(),
  );
  const file = await writeMigration(migrationsDir, folder, sql);
  if (!options.quiet) console.log(`created ${path.relative(process.cwd(), file)}`);
  return folder;
}

/** The engine prints a comment, not an empty string, when there is nothing to do. */
function isEmptyScript(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}

/**
 * The engine needs a main connection even for a diff that only touches the shadow. Without a
 * real PostgreSQL, both are throwaway PGlites, so an embedded data dir in use by `npm run dev`
 * is never opened.
 */
async function withMainAndShadow<T>(
  connectionString: string | undefined,
  fn: (factory: EngineAdapterFactory) => Promise<T>,
): Promise<T> {
  let main = connectionString;
  let shadow: ShadowDatabaseProvider = pgliteShadowDatabase;
  let closeMain = async () => {};
  if (main && !(await isPglite(main))) {
    shadow = postgresShadowDatabase(main);
  } else {
    const served = await serveEmptyPglite();
    main = served.url;
    closeMain = () => served.close();
  }
  const factory = new EngineAdapterFactory(main, shadow);
  try {
    return await fn(factory);
  } finally {
    await factory.close();
    await closeMain();
  }
}
