// Builds the migrated template once before the integration workers start; they then only copy it.
import { ensurePgliteTemplate } from "./pglite-template";
import { ensurePostgresTemplate } from "./postgres-template";

export default async function setup(): Promise<void> {
  const started = performance.now();
  const url = process.env.TEST_DATABASE_URL;
  if (url) await ensurePostgresTemplate(url);
  else await ensurePgliteTemplate();
  const ms = Math.round(performance.now() - started);
  if (ms > 1000)
    console.log(`[test db] template ready on ${url ? "PostgreSQL" : "PGlite"} in ${ms} ms`);
}
