import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { servePglite, type ServedPglite } from "./pglite-server";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Keyed by PGlite's version: a cluster from another build may not start. */
function cachePath(): string {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const pkg = JSON.parse(
    readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8"),
  ) as { version: string };
  return path.join(
    repoRoot,
    "node_modules",
    ".cache",
    "helsami-db",
    `pglite-${pkg.version}-empty.tar`,
  );
}

let emptyCluster: Promise<Blob | undefined> | undefined;

async function loadCached(): Promise<Blob | undefined> {
  const file = cachePath();
  return existsSync(file) ? new Blob([await readFile(file)]) : undefined;
}

async function saveCached(blob: Blob): Promise<void> {
  const file = cachePath();
  await mkdir(path.dirname(file), { recursive: true });
  // Write aside and rename: parallel processes must never read half a file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, new Uint8Array(await blob.arrayBuffer()));
  await rename(partial, file);
}

/**
 * A throwaway, empty in-memory PGlite on loopback. initdb costs 3-10 s on this machine, so the
 * first fresh cluster is dumped (per process and under node_modules/.cache) and reused.
 */
export async function serveEmptyPglite(): Promise<ServedPglite> {
  emptyCluster ??= loadCached();
  const cached = await emptyCluster;
  if (cached) return servePglite({ loadDataDir: cached });
  // 1 MB WAL segments instead of 16: less to copy each time a copy of this cluster starts.
  const served = await servePglite({ pgliteOptions: { initDbStartParams: ["--wal-segsize=1"] } });
  // Uncompressed: a copy starts faster without gunzip, and the file stays local.
  const dump = served.db.dumpDataDir("none");
  emptyCluster = dump;
  await saveCached(await dump);
  return served;
}
