// Shared e2e helpers. Every locator reads the page as a screen reader does: by role and accessible
// name, or by label. Specs import `test` and `expect` from here.
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { demoRegion } from "@/prisma/seed/demo-people";
import { expectAccessible } from "./axe";
import { createCitizenSession, createClinicianSession } from "./sign-in";

export { expect, expectAccessible };

/** An axe scan of a page as it is now, under a label for the report. */
export type Axe = (label?: string) => Promise<void>;

type Fixtures = {
  /** Axe scan of the current page (WCAG 2.2 AA tags); fails with a readable list of violations. */
  axe: (label?: string) => Promise<void>;
  /** Closes the pages axeOfStaticHtml opened, at the end of every test. */
  closeStaticScanPages: void;
};

/** Contexts of the scan pages of axeOfStaticHtml in the running test. */
const scanContexts = new Set<BrowserContext>();

export const test = base.extend<Fixtures>({
  axe: async ({ page }, use) => {
    await use((label?: string) => expectAccessible(page, label));
  },
  closeStaticScanPages: [
    async ({}, use) => {
      await use();
      for (const context of scanContexts) await context.close();
      scanContexts.clear();
    },
    { auto: true },
  ],
});

/**
 * A page in a new browser context with the project's base URL, locale and time zone: a second person
 * in the same test, or a browser with JavaScript off. The test closes its context when done.
 */
export async function newPage(
  browser: Browser,
  opts: { javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const use = test.info().project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: use.locale,
    timezoneId: use.timezoneId,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  return context.newPage();
}

/**
 * Axe needs JavaScript in the page (its checks run on timers), which a no-JS context does not run.
 * So the server-rendered HTML as the user got it (without scripts) is scanned in a JS-enabled page
 * of the same origin, where the same stylesheets apply. One such page serves every scan of `page`
 * (each scan replaces its whole document); it is closed when the test ends.
 */
export function axeOfStaticHtml(page: Page, browser: Browser): Axe {
  let scanPage: Promise<Page> | undefined;
  const openScanPage = async () => {
    const scan = await newPage(browser);
    scanContexts.add(scan.context());
    await scan.goto("/tilgjengelighet");
    return scan;
  };
  return async (label?: string) => {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
    scanPage ??= openScanPage();
    const scan = await scanPage;
    await scan.setContent(html, { waitUntil: "load" });
    await expectAccessible(scan, `${label ?? new URL(page.url()).pathname} (without JavaScript)`);
  };
}

/** The text with a mark no other run or test has written, so rows and cards can be found by it. */
export const uniqueText = (text: string) =>
  `${text} (${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)})`;

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
 * Opens the page a test starts on, right after a server-side sign-in, and checks the header says
 * who is signed in: no detour over the start page when the test starts elsewhere.
 */
async function openSignedIn(page: Page, name: string, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("banner")).toContainText(`Logget inn som ${name}`);
}

/**
 * Signs in as a demo citizen server-side (tests/e2e/sign-in.ts) and opens their Forside, or `path`
 * when the test starts there. For specs that are not about signing in; signInThroughUiAsCitizen
 * types the number as a user would.
 */
export async function signInAsCitizen(page: Page, name: string, path?: string): Promise<void> {
  await test.step(`sign in as citizen ${name} (server-side)`, async () => {
    await createCitizenSession(page.context(), nationalIdOf(name));
    if (path) return openSignedIn(page, name, path);
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

/**
 * Signs in as a seeded clinician (the plain clinician role) server-side; opens the clinician home,
 * or `path` when the test starts there.
 */
export async function signInAsClinician(page: Page, name: string, path?: string): Promise<void> {
  await test.step(`sign in as clinician ${name} (server-side)`, async () => {
    await createClinicianSession(page.context(), name);
    if (path) return openSignedIn(page, name, path);
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
