// Runs a command with a migrated database:
//   tsx scripts/with-db.ts [--test-identity] [--data-dir <dir>] [--owner] -- <command…>
// Without DATABASE_URL it starts the embedded PostgreSQL (PGlite, file-backed, on loopback) and
// closes it cleanly when the command exits. Exits with the command's code.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startEmbeddedDb, type EmbeddedDb } from "@/lib/db/embedded";
import { isProductionDeployment } from "@/lib/auth/deployment";
import { canMigrate, migrateAsOwner } from "@/lib/db/deploy";
import { databaseRoles } from "@/lib/db/roles";
import { runChild } from "./run-child";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const log = (message: string) => console.error(`[with-db] ${message}`);

/** Outside production, a secret kept in .data so sign-ins survive restarts of the dev server. */
function devAuthSecret(): string {
  const file = path.join(repoRoot, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Outside production, the key that signs access log anchors, kept in .data beside the auth secret. */
function devAuditAnchorKey(): string {
  const file = path.join(repoRoot, ".data", "audit-anchor-key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const key = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/**
 * `npm start` runs us under `sh -c`; on SIGTERM npm signals sh, which dies without passing it on.
 * Losing our parent therefore counts as SIGTERM, so the app stops and PGlite closes cleanly.
 * (The npm scripts start us with `node --import tsx`, so no tsx process sits in between.)
 */
function stopWhenOrphaned(): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    process.kill(process.pid, "SIGTERM");
  }, 500);
  timer.unref();
}

function parseCommandLine() {
  const separator = process.argv.indexOf("--", 2);
  const command = separator === -1 ? [] : process.argv.slice(separator + 1);
  const { values } = parseArgs({
    args: process.argv.slice(2, separator === -1 ? undefined : separator),
    options: {
      "test-identity": { type: "boolean", default: false },
      "data-dir": { type: "string" },
      owner: { type: "boolean", default: false },
    },
  });
  const [program, ...args] = command;
  if (!program)
    throw new Error(
      "usage: tsx scripts/with-db.ts [--test-identity] [--data-dir <dir>] [--owner] -- <command…>",
    );
  return {
    program,
    args,
    testIdentity: values["test-identity"],
    dataDir: values["data-dir"],
    owner: values.owner,
  };
}

async function main(): Promise<number> {
  const { program, args, testIdentity, dataDir, owner } = parseCommandLine();
  stopWhenOrphaned();
  const env: NodeJS.ProcessEnv = { ...process.env };
  env.PATH = [path.join(repoRoot, "node_modules", ".bin"), env.PATH]
    .filter(Boolean)
    .join(path.delimiter);
  if (testIdentity) {
    env.AUTH_TEST_IDENTITY = "on";
    // `npm run dev` / `demo`: a development deployment unless told otherwise. Any other command with
    // DEPLOYMENT_ENV unset is production, and the server refuses to start without its settings.
    if (!env.DEPLOYMENT_ENV?.trim()) env.DEPLOYMENT_ENV = "development";
  }
  // Never in production: there AUTH_SECRET must be given, and the server refuses to start without it.
  if (!env.AUTH_SECRET && !isProductionDeployment(env)) env.AUTH_SECRET = devAuthSecret();

  let embedded: EmbeddedDb | undefined;
  // A signal during start-up: stop before spawning anything, then close the database below.
  let interrupted = false;
  const interrupt = () => (interrupted = true);
  process.once("SIGINT", interrupt).once("SIGTERM", interrupt);
  try {
    if (!env.DATABASE_URL) {
      const started = performance.now();
      embedded = await startEmbeddedDb({ dataDir: dataDir ?? env.EMBEDDED_DB_DIR });
      const ms = Math.round(performance.now() - started);
      log(
        `embedded PostgreSQL (PGlite) on 127.0.0.1:${embedded.port}, data in ${path.relative(repoRoot, embedded.dataDir)} (${embedded.created ? "created" : "opened"} in ${ms} ms)`,
      );
      env.DATABASE_URL = embedded.url;
      // Tells the server's start-up check that this is the embedded database (refused in production).
      env.HELSAMI_EMBEDDED_DB = "1";
      // pglite-socket mixes up messages of connections that talk at once: one per client.
      env.DB_POOL_MAX = "1";
    }
    // The embedded database is never production either: audit:anchor gets a local key there too.
    if (!env.AUDIT_ANCHOR_KEY && (embedded || !isProductionDeployment(env)))
      env.AUDIT_ANCHOR_KEY = devAuditAnchorKey();
    // Two roles (DATABASE_OWNER_URL set): migrate as the owner; the command runs as DATABASE_URL
    // and, unless it is an owner's job (--owner: the seed), never sees the owner's credentials.
    // A runtime role alone cannot migrate: that is then a separate deploy step (npm run db:migrate).
    const roles = databaseRoles(env)!;
    if (roles.separate || (await canMigrate(roles.runtimeUrl))) {
      const applied = await migrateAsOwner(roles);
      if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
    } else {
      log(
        "DATABASE_URL is a runtime role without DATABASE_OWNER_URL: not migrating (run npm run db:migrate as the owner)",
      );
    }
    if (!owner) delete env.DATABASE_OWNER_URL;
    process.off("SIGINT", interrupt).off("SIGTERM", interrupt);
    if (interrupted) return 130;
    return await runChild(program, args, env);
  } finally {
    await embedded?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
