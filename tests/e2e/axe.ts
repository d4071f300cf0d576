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
      // Legacy mode runs axe.run() in the page itself instead of runPartial() per frame plus
      // finishRun() in a new blank tab that gets axe injected again: the same rules and the same
      // violations (our pages have no frames), in under half the time. Only violations are asserted,
      // so the passes need not be collected node by node. (options() replaces what withTags() set,
      // so it comes first.)
      const results = await new AxeBuilder({ page })
        .options({ resultTypes: ["violations"] })
        .withTags(WCAG_TAGS)
        .setLegacyMode()
        .analyze();
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
