import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// WCAG 2.2 AA is our bar (the Norwegian regulation requires 2.1 AA).
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One readable block per violation: rule, impact, help text and the offending elements. */
export function formatViolations(violations: AxeResults["violations"]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    - ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`,
        )
        .join("\n");
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : "";
      return `• ${v.id} [${v.impact ?? "unknown"}] ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join("\n");
}

/** Runs axe on the page as it is now and fails with the list of WCAG violations, if any. */
export async function expectAccessible(page: Page, label?: string): Promise<void> {
  const name = label ?? new URL(page.url()).pathname;
  await test.step(
    `axe: ${name}`,
    async () => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const count = results.violations.length;
      expect(
        count,
        count === 0
          ? ""
          : `${count} accessibility violation(s) on ${name}:\n${formatViolations(results.violations)}`,
      ).toBe(0);
    },
    { box: true },
  );
}
