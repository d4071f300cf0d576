import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

// Next's rules (React, hooks, core web vitals), typescript-eslint's, and the full jsx-a11y set:
// universal design is law here, so accessibility lint is strict rather than Next's subset.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{jsx,tsx}"],
    rules: { ...jsxA11y.flatConfigs.strict.rules },
  },
  {
    files: ["**/*.{jsx,tsx}"],
    rules: {
      // Deliberate: Safari/VoiceOver drops list semantics from a list styled without bullets.
      "jsx-a11y/no-redundant-roles": ["error", { ul: ["list"], ol: ["list"] }],
      // A scrollable table wrapper is a labelled region that keyboard users must be able to scroll.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["region"] }],
    },
  },
  {
    // Test helpers named use… (useTestDatabase, Playwright's fixture `use`) are not React hooks.
    files: ["tests/**", "**/*.test.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Next 16 sends a thrown notFound() as an empty shell that only JavaScript fills in (and as a
    // 500 from a plain form post): pages and actions redirect to the not-found page instead.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/navigation",
              importNames: ["notFound"],
              message:
                "Use showNotFound() from @/app/_lib/or-not-found (works without JavaScript).",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
    "next-env.d.ts",
  ]),
]);
