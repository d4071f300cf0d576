// The e2e web server: the production build on a fresh, seeded embedded database.
// Playwright starts this (playwright.config.ts webServer) and stops it with SIGTERM to the group.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { ensureBuild } from "@/scripts/ensure-build";

const portArg = process.argv.indexOf("--port");
const port = portArg > 0 ? process.argv[portArg + 1] : (process.env.E2E_PORT ?? "3100");
const dataDir = ".data/e2e";

ensureBuild();

// Every run starts from an empty database: no state leaks from one run to the next.
rmSync(dataDir, { recursive: true, force: true });

// with-db starts embedded PGlite (DATABASE_URL unset), applies migrations, turns on the test sign-in
// (--test-identity) and runs the command after `--` with DATABASE_URL set.
// NODE_ENV stays unset: `next start` sets production itself, and with-db then makes a local AUTH_SECRET.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== "DATABASE_URL" && key !== "NODE_ENV"),
) as NodeJS.ProcessEnv;
// A known port for the embedded database, so a spec can move time in it (tests/e2e/db.ts).
env.EMBEDDED_DB_PORT ??= String(Number(port) + 1000);
const child = spawn(
  "npx",
  [
    "tsx",
    "scripts/with-db.ts",
    "--test-identity",
    "--data-dir",
    dataDir,
    "--",
    "sh",
    "-c",
    `npm run db:seed && exec next start --hostname 127.0.0.1 --port ${port}`,
  ],
  { stdio: "inherit", env },
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
