import { existsSync, readdirSync, rmSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "@/lib/db/migrate";
import { defaultMigrationsDir, hashMigrations, readMigrationsList } from "@/lib/db/migrations-dir";
import { serveEmptyPglite } from "@/lib/db/pglite-empty-cluster";
import { servePglite, type ServedPglite } from "@/lib/db/pglite-server";
import { withFileLock } from "./file-lock";

const cacheDir = fileURLToPath(
  new URL("../../../node_modules/.cache/helsami-db/", import.meta.url),
);
const PREFIX = "test-template-";

/**
 * The migrated database as a PGlite dump, cached on disk under a hash of prisma/migrations:
 * migrating costs seconds, loading the dump about half a second.
 */
export async function ensurePgliteTemplate(): Promise<string> {
  const hash = hashMigrations(await readMigrationsList(defaultMigrationsDir));
  const file = path.join(cacheDir, `${PREFIX}${hash}.tar`);
  if (existsSync(file)) return file;
  await mkdir(cacheDir, { recursive: true });
  await withFileLock(`${file}.lock`, async () => {
    if (existsSync(file)) return;
    const served = await serveEmptyPglite();
    try {
      await applyMigrations(served.url);
      // Uncompressed: each test file starts faster without gunzip.
      const dump = await served.db.dumpDataDir("none");
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
      await rename(partial, file);
    } finally {
      await served.close();
    }
    // Templates of older migration histories are dead weight now.
    for (const name of readdirSync(cacheDir)) {
      if (name.startsWith(PREFIX) && name.endsWith(".tar") && !file.endsWith(name)) {
        rmSync(path.join(cacheDir, name), { force: true });
      }
    }
  });
  return file;
}

let template: Promise<Blob> | undefined;

/** A fresh in-memory copy of the migrated database, served on a random loopback port. */
export async function servePgliteFromTemplate(): Promise<ServedPglite> {
  template ??= ensurePgliteTemplate().then(async (file) => new Blob([await readFile(file)]));
  return servePglite({ loadDataDir: await template });
}
