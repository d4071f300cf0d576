// Builds the production app unless .next holds a build newer than every source file.
// Used by `npm run test:e2e` and by the e2e web server, so a run never tests a stale build
// and never builds twice.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = process.cwd();
// Folders that cannot change the build output.
const skipDirs = new Set([
  "node_modules",
  ".next",
  ".data",
  ".git",
  ".ci",
  "tests",
  "test-results",
  "playwright-report",
  "coverage",
  "tmp",
  "scripts",
]);
// Files that cannot change it either: docs, scratch files, tool caches (tsc writes tsconfig.tsbuildinfo).
const skipFiles = /\.(md|log|tsbuildinfo)$|^\.|^next-env\.d\.ts$|^prisma\/(seed|migrations)|^tmp\//;

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipDirs.has(entry.name) && dir === root) continue;
    if (entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full);
    if (skipFiles.test(rel)) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function buildIsFresh(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  return statSync(buildId).mtimeMs > newestSourceMtime(root);
}

export function ensureBuild(): void {
  if (process.env.E2E_SKIP_BUILD === "1" || buildIsFresh()) {
    console.log("[e2e] production build is fresh; not rebuilding");
    return;
  }
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const [cmd, args] = pkg.scripts?.build ? ["npm", ["run", "build"]] : ["npx", ["next", "build"]];
  console.log(`[e2e] building: ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`[e2e] build failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`[e2e] build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) ensureBuild();
