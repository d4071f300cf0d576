// Shared e2e helpers. Every locator reads the page as a screen reader does: by role and accessible
// name, or by label. Specs import `test` and `expect` from here.
import { test as base, expect, type Page } from "@playwright/test";
import { demoRegion } from "@/prisma/seed/demo-people";
import { expectAccessible } from "./axe";
import { createCitizenSession, createClinicianSession } from "./sign-in";

export { expect, expectAccessible };

type Fixtures = {
  /** Axe scan of the current page (WCAG 2.2 AA tags); fails with a readable list of violations. */
  axe: (label?: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  axe: async ({ page }, use) => {
    await use((label?: string) => expectAccessible(page, label));
  },
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The option in a test sign-in list whose label starts with "<name>,"; its full label. */
async function optionLabel(
  page: Page,
  listLabel: string,
  name: string,
  exclude?: RegExp,
): Promise<string> {
  const options = page
    .getByLabel(listLabel)
    .getByRole("option", { name: new RegExp(`^${escapeRegExp(name)},`) });
  for (const text of await options.allTextContents()) {
    if (!exclude || !exclude.test(text)) return text.trim();
  }
  throw new Error(`no option for "${name}" in "${listLabel}"`);
}

/**
 * Synthetic fødselsnummer of a demo citizen (prisma/seed/demo-people.ts), computed the way the seed
 * computes it, so a test can type it as a user would.
 */
export function nationalIdOf(...args: [name: string] | [page: Page, name: string]): string {
  // The page form is kept for older callers; the number needs no browser.
  const name = args.length === 2 ? args[1] : args[0];
  const citizen = Object.values(demoRegion().citizens).find(
    (c) => `${c.givenName} ${c.familyName}` === name,
  );
  if (!citizen) throw new Error(`"${name}" is not a demo citizen in prisma/seed/demo-people.ts`);
  return citizen.nationalId;
}

/**
 * Signs in as a demo citizen server-side (tests/e2e/sign-in.ts) and opens their Forside. For specs
 * that are not about signing in; signInThroughUiAsCitizen types the number as a user would.
 */
export async function signInAsCitizen(page: Page, name: string): Promise<void> {
  await test.step(`sign in as citizen ${name} (server-side)`, async () => {
    await createCitizenSession(page.context(), nationalIdOf(name));
    await page.goto("/for/meg");
    await expect(page.getByRole("heading", { level: 1, name: `Hei, ${name}!` })).toBeVisible();
  });
}

/** Test sign-in as a demo citizen by typing their fødselsnummer; lands on their Forside. */
export async function signInThroughUiAsCitizen(page: Page, name: string): Promise<void> {
  await test.step(`sign in as citizen ${name}`, async () => {
    await page.goto("/logg-inn");
    await page.getByLabel("Syntetisk fødselsnummer").fill(nationalIdOf(name));
    await page.getByRole("button", { name: "Logg inn med fødselsnummer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Hei, ${name}!` })).toBeVisible();
  });
}

/** Test sign-in by picking a person from the list: the first one offered; returns their name. */
export async function signInAsFirstListedCitizen(page: Page): Promise<string> {
  return test.step("sign in as the first person in the list", async () => {
    await page.goto("/logg-inn");
    const list = page.getByLabel("Velg testperson");
    const labels = await list.getByRole("option").allTextContents();
    const label = labels.map((l) => l.trim()).find((l) => /, \d+ år/.test(l));
    if (!label) throw new Error(`no person offered in "Velg testperson": ${labels.join(" | ")}`);
    await list.selectOption({ label });
    await page.getByRole("button", { name: "Logg inn som valgt person" }).click();
    const name = label.split(",")[0] ?? label;
    await expect(page.getByRole("heading", { level: 1, name: `Hei, ${name}!` })).toBeVisible();
    return name;
  });
}

/** Signs in as a seeded clinician (the plain clinician role) server-side; opens the clinician home. */
export async function signInAsClinician(page: Page, name: string): Promise<void> {
  await test.step(`sign in as clinician ${name} (server-side)`, async () => {
    await createClinicianSession(page.context(), name);
    await page.goto("/behandler");
    await expect(page.getByRole("heading", { level: 1, name: `Hei, ${name}` })).toBeVisible();
  });
}

/** Signs in as an organisation admin server-side; opens Administrasjon. */
export async function signInAsOrgAdmin(page: Page, name: string): Promise<void> {
  await test.step(`sign in as organisation admin ${name} (server-side)`, async () => {
    await createClinicianSession(page.context(), name, "ORG_ADMIN");
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Administrasjon" })).toBeVisible();
  });
}

/** Test sign-in as a seeded clinician by picking them in the list; lands on the clinician home. */
export async function signInThroughUiAsClinician(page: Page, name: string): Promise<void> {
  await test.step(`sign in as clinician ${name}`, async () => {
    await page.goto("/logg-inn");
    const label = await optionLabel(
      page,
      "Velg testbehandler",
      name,
      /organisasjonsadministrator$/,
    );
    await page.getByLabel("Velg testbehandler").selectOption({ label });
    await page.getByRole("button", { name: "Logg inn som valgt behandler" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Hei, ${name}` })).toBeVisible();
  });
}

/** "Logg ut" in the header; lands on the sign-in page with a confirmation. */
export async function signOut(page: Page): Promise<void> {
  await test.step("sign out", async () => {
    await page.getByRole("banner").getByRole("button", { name: "Logg ut", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Du er logget ut." })).toBeVisible();
  });
}

/** Picks a display preference in the footer, as a user would, and waits until it is applied. */
async function choosePreference(
  page: Page,
  group: string | RegExp,
  option: string | RegExp,
): Promise<void> {
  const button = page
    .getByRole("contentinfo")
    .getByRole("group", { name: group })
    .getByRole("button", { name: option });
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
}

export async function chooseTheme(page: Page, theme: "Standard" | "Høy kontrast"): Promise<void> {
  await test.step(`theme: ${theme}`, () => choosePreference(page, "Kontrast", theme));
}

export async function chooseTextSize(page: Page, percent: 100 | 125 | 150 | 200): Promise<void> {
  await test.step(`text size: ${percent} %`, () =>
    choosePreference(page, "Tekststørrelse", new RegExp(`^${percent}\\s%$`)));
}

export async function chooseLanguage(
  page: Page,
  language: "English" | "Norsk (bokmål)",
): Promise<void> {
  await test.step(`language: ${language}`, () =>
    choosePreference(page, /^(Språk|Language)$/, language));
}
