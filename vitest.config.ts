import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

// CI sets TEST_REPORT_DIR to also get a JSON report per run, named after the project run
// (`--project unit` → unit.json) or TEST_REPORT_NAME, so `npm test` itself can run in CI.
const reportDir = process.env.TEST_REPORT_DIR;
const projectArg = process.argv[process.argv.indexOf("--project") + 1];
const reportName =
  process.env.TEST_REPORT_NAME ?? (process.argv.includes("--project") ? projectArg : "vitest");

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // Lets tests import server modules; outside React's server build this package throws.
      { find: /^server-only$/, replacement: `${root}node_modules/server-only/empty.js` },
    ],
  },
  test: {
    // Unset would mean production (fail closed); tests run as the test deployment.
    env: { DEPLOYMENT_ENV: "test" },
    ...(reportDir
      ? { reporters: ["default", "json"], outputFile: { json: `${reportDir}/${reportName}.json` } }
      : {}),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/harness/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
