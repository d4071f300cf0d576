// Foundation journeys: landing, test sign-in, the shell's pages in every display mode, language,
// keyboard, narrow screens, sign-out, the clinician side.
import type { Page } from "@playwright/test";
import { generateSyntheticNationalId } from "@/lib/identity/national-id";
import {
  chooseLanguage,
  chooseTextSize,
  chooseTheme,
  expect,
  expectAccessible,
  nationalIdOf,
  signInAsCitizen,
  signInAsFirstListedCitizen,
  signInAsClinician,
  signInAsOrgAdmin,
  signInThroughUiAsCitizen,
  signInThroughUiAsClinician,
  signOut,
  test,
} from "./fixtures";

const CITIZEN = "Kari Nordmann";
const CLINICIAN = "Lise Berg";
const ORG_ADMIN = "Hilde Aas";
/** The organisation admin's pages, reached by their links (their paths hold the organisation's id). */
const ADMIN_LINKS = ["Meldinger: innbokser, backup og ruting", "Prøvesvar: når pasienten ser dem"];

// Forside, the sections (working or still "kommer"), and pages reached from them.
const CITIZEN_PAGES = [
  { path: "/for/meg", heading: `Hei, ${CITIZEN}!` },
  { path: "/for/meg/timeavtaler", heading: "Timeavtaler" },
  { path: "/for/meg/meldinger", heading: "Meldinger" },
  { path: "/for/meg/provesvar", heading: "Prøvesvar" },
  { path: "/for/meg/legemidler", heading: "Legemidler" },
  { path: "/for/meg/helseopplysninger", heading: "Helseopplysninger" },
  { path: "/for/meg/innsynslogg", heading: "Innsynslogg" },
  { path: "/for/meg/fullmakter", heading: "Fullmakter" },
  { path: "/for/meg/sperring", heading: "Sperr helsepersonell" },
  { path: "/for/meg/timeavtaler/ny", heading: "Bestill time" },
  { path: "/for/meg/meldinger/ny", heading: "Ny melding" },
  { path: "/for/meg/profil", heading: "Profil" },
  { path: "/tilgjengelighet", heading: "Tilgjengelighetserklæring for HelsaMi" },
];

const CLINICIAN_PAGES = [
  { path: "/behandler", heading: `Hei, ${CLINICIAN}` },
  { path: "/behandler/enhet", heading: "Timelister" },
  { path: "/behandler/pasient", heading: "Finn pasient" },
  { path: "/behandler/provesvar", heading: "Prøvesvar til frigivelse" },
  { path: "/behandler/innboks", heading: "Innboks" },
];

const PUBLIC_PAGES = [
  { path: "/", heading: "HelsaMi – din helse på ett sted" },
  { path: "/logg-inn", heading: "Logg inn" },
  { path: "/tilgjengelighet", heading: "Tilgjengelighetserklæring for HelsaMi" },
];

test("landing page tells what HelsaMi is and leads to sign-in", async ({ page, axe }) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "HelsaMi – din helse på ett sted" }),
  ).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Logg inn" })).toBeVisible();
  await axe("landing");
  await page.getByRole("main").getByRole("link", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "Testinnlogging" })).toBeVisible();
  await axe("sign-in page");
});

test("a seeded citizen picked from the list is signed in by name", async ({ page }) => {
  const name = await signInAsFirstListedCitizen(page);
  await expect(page).toHaveURL(/\/for\/meg$/);
  await expect(page.getByRole("banner")).toContainText(`Logget inn som ${name}`);
});

test("a demo citizen signs in with a typed synthetic fødselsnummer", async ({ page }) => {
  await signInThroughUiAsCitizen(page, CITIZEN);
  await expect(page).toHaveURL(/\/for\/meg$/);
  await expect(page.getByRole("banner")).toContainText(`Logget inn som ${CITIZEN}`);
});

test("without JavaScript, a demo citizen signs in with a typed fødselsnummer and a clinician from the list", async ({
  browser,
}) => {
  for (const who of ["citizen", "clinician"] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    if (who === "citizen") {
      await signInThroughUiAsCitizen(page, CITIZEN);
      await expect(page).toHaveURL(/\/for\/meg$/);
      await expect(page.getByRole("banner")).toContainText(`Logget inn som ${CITIZEN}`);
    } else {
      await signInThroughUiAsClinician(page, CLINICIAN);
      await expect(page).toHaveURL(/\/behandler$/);
      await expect(page.getByRole("banner")).toContainText(`Logget inn som ${CLINICIAN}`);
    }
    await context.close();
  }
});

// The README tells demo users to pick these people from the test sign-in list.
test("the sign-in list offers the demo people the README names", async ({ page }) => {
  await page.goto("/logg-inn");
  const people = page.getByLabel("Velg testperson");
  for (const name of ["Kari Nordmann", "Per Hansen", "Ingrid Hansen", "Silje Haugen"]) {
    await expect
      .soft(people.getByRole("option", { name: new RegExp(`^${name},`) }), `${name} in the list`)
      .toHaveCount(1, { timeout: 2_000 });
  }
  const clinicians = page.getByLabel("Velg testbehandler");
  for (const name of ["Lise Berg", "Tor Bakken", "Hilde Aas"]) {
    await expect
      .soft(
        clinicians.getByRole("option", { name: new RegExp(`^${name},`) }).first(),
        `${name} in the list`,
      )
      .toBeAttached({ timeout: 2_000 });
  }
});

test.describe("bad sign-in input gets a Norwegian message and keeps what was typed", () => {
  // A valid synthetic number for 1 January 1900: nobody in the seed is that old.
  const unknown =
    generateSyntheticNationalId(new Date(Date.UTC(1900, 0, 1)), 101) ??
    generateSyntheticNationalId(new Date(Date.UTC(1900, 0, 1)), 103);

  const cases: Array<{ name: string; input: () => string; message: string }> = [
    {
      name: "malformed number",
      input: () => "1234 56",
      message: "Fødselsnummeret må ha 11 sifre.",
    },
    {
      name: "wrong check digits",
      input: () => {
        const id = nationalIdOf(CITIZEN);
        // The last digit is fixed by the first ten: any other digit breaks the check.
        return id.slice(0, 10) + String((Number(id[10]) + 1) % 10);
      },
      message: "kontrollsifrene stemmer ikke",
    },
    {
      name: "unknown person",
      input: () => unknown ?? "",
      message: "Vi fant ingen person med dette fødselsnummeret i HelsaMi.",
    },
  ];

  for (const c of cases) {
    test(c.name, async ({ page, axe }) => {
      const typed = c.input();
      await page.goto("/logg-inn");
      const field = page.getByLabel("Syntetisk fødselsnummer");
      await field.fill(typed);
      await page.getByRole("button", { name: "Logg inn med fødselsnummer" }).click();
      await expect(page.getByRole("alert").filter({ hasText: c.message })).toBeVisible();
      await expect(field).toHaveValue(typed);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toBeFocused();
      await expect(page.getByRole("banner").getByRole("link", { name: "Logg inn" })).toBeVisible();
      await axe(`sign-in error: ${c.name}`);
    });
  }

  // The clinician's typed form is the one that also asks for the role: both are kept on an error.
  test("malformed HPR number", async ({ page, axe }) => {
    await page.goto("/logg-inn");
    await expect(page.getByRole("group", { name: "Logg inn som" })).toHaveCount(1);
    const field = page.getByLabel("HPR-nummer");
    await field.fill("12ab");
    await page.getByRole("radio", { name: "Organisasjonsadministrator" }).check();
    await page.getByRole("button", { name: "Logg inn med HPR-nummer" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "HPR-nummeret må ha 7–9 sifre." }),
    ).toBeVisible();
    await expect(field).toHaveValue("12ab");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toBeFocused();
    await expect(page.getByRole("radio", { name: "Organisasjonsadministrator" })).toBeChecked();
    await axe("sign-in error: malformed HPR number");
  });
});

const MODES = [
  { name: "default theme", apply: async () => {} },
  { name: "high contrast", apply: (page: Page) => chooseTheme(page, "Høy kontrast") },
  { name: "200 % text", apply: (page: Page) => chooseTextSize(page, 200) },
] as const;

for (const mode of MODES) {
  test(`every shell page has no WCAG violations: ${mode.name}`, async ({ page }) => {
    // Some twenty pages with an axe scan each: several minutes on a busy 2-core machine.
    test.setTimeout(240_000);
    // Visitors' pages first, then the signed-in citizen's.
    await page.goto("/");
    await mode.apply(page);
    for (const p of PUBLIC_PAGES) {
      await page.goto(p.path);
      await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
      await expectAccessible(page, `${p.path} (${mode.name}, visitor)`);
    }
    await signInAsCitizen(page, CITIZEN);
    for (const p of CITIZEN_PAGES) {
      await page.goto(p.path);
      await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
      await expectAccessible(page, `${p.path} (${mode.name})`);
    }
    await signOut(page);
    await signInAsClinician(page, CLINICIAN);
    for (const p of CLINICIAN_PAGES) {
      await page.goto(p.path);
      await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
      await expectAccessible(page, `${p.path} (${mode.name}, clinician)`);
    }
    await signOut(page);
    await signInAsOrgAdmin(page, ORG_ADMIN);
    await expectAccessible(page, `/admin (${mode.name}, admin)`);
    for (const link of ADMIN_LINKS) {
      await page.goto("/admin");
      await page.getByRole("link", { name: link }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Administrasjon");
      await expectAccessible(page, `${link} (${mode.name}, admin)`);
    }
  });
}

test("the display choices stick across pages and can be undone", async ({ page }) => {
  await page.goto("/tilgjengelighet");
  await chooseTheme(page, "Høy kontrast");
  await chooseTextSize(page, 200);
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("button", { name: "Høy kontrast" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(footer.getByRole("button", { name: /^200\s%$/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const rootFontSize = () =>
    page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const enlarged = await rootFontSize();
  await chooseTextSize(page, 100);
  await chooseTheme(page, "Standard");
  expect(enlarged).toBeGreaterThanOrEqual(1.9 * (await rootFontSize()));
});

test("language switches to English and back to bokmål", async ({ page }) => {
  await page.goto("/");
  await chooseLanguage(page, "English");
  await expect(
    page.getByRole("heading", { level: 1, name: "HelsaMi – your health in one place" }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Logg inn");
  await expectAccessible(page, "sign-in page in English");
  await chooseLanguage(page, "Norsk (bokmål)");
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^nb/);
});

test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  for (const path of ["/", "/logg-inn"]) {
    await page.goto(path);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  }
});

test.describe("a 320 px wide screen needs no sideways scrolling", () => {
  test.use({ viewport: { width: 320, height: 800 } });

  const noHorizontalScroll = async (page: Page, label: string) => {
    const { scrollWidth, clientWidth, offenders } = await page.evaluate(() => {
      const el = document.scrollingElement ?? document.documentElement;
      const limit = el.clientWidth;
      // The innermost visible elements that stick out on the right: what to fix.
      const wide = [...document.body.querySelectorAll("*")].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > limit + 1;
      });
      const innermost = wide.filter((e) => !wide.some((o) => o !== e && e.contains(o)));
      const describe = (e: Element) =>
        `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.className && typeof e.className === "string" ? `.${e.className.trim().split(/\s+/).join(".")}` : ""}> ` +
        `right=${Math.round(e.getBoundingClientRect().right)} "${(e.textContent ?? "").trim().slice(0, 40)}"`;
      return {
        scrollWidth: el.scrollWidth,
        clientWidth: limit,
        offenders: innermost.slice(0, 8).map(describe),
      };
    });
    expect(
      scrollWidth,
      `${label}: content is ${scrollWidth} px wide in a ${clientWidth} px window; sticking out:\n  ${offenders.join("\n  ")}`,
    ).toBeLessThanOrEqual(clientWidth);
  };

  for (const textSize of [100, 200] as const) {
    test(`text at ${textSize} %`, async ({ page }) => {
      await page.goto("/");
      if (textSize !== 100) await chooseTextSize(page, textSize);
      for (const p of PUBLIC_PAGES) {
        await page.goto(p.path);
        await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
        await noHorizontalScroll(page, p.path);
      }
      await signInAsCitizen(page, CITIZEN);
      for (const p of CITIZEN_PAGES) {
        await page.goto(p.path);
        await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
        await noHorizontalScroll(page, p.path);
      }
      // The narrow-screen menu opens and its links fit too. (<summary> has no ARIA role: by text.)
      await page.goto("/for/meg");
      await page.getByRole("navigation", { name: "Hovedmeny" }).getByText("Meny").click();
      await expect(
        page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Forside" }),
      ).toBeVisible();
      await noHorizontalScroll(page, "open menu");
      await signOut(page);
      await signInAsClinician(page, CLINICIAN);
      for (const p of CLINICIAN_PAGES) {
        await page.goto(p.path);
        await expect(page.getByRole("heading", { level: 1, name: p.heading })).toBeVisible();
        await noHorizontalScroll(page, p.path);
      }
    });
  }
});

test("signing out ends the session", async ({ page }) => {
  await signInAsCitizen(page, CITIZEN);
  await signOut(page);
  await expect(page.getByRole("banner")).not.toContainText(CITIZEN);
  await page.goto("/for/meg");
  await expect(page).toHaveURL(/\/logg-inn/);
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
});

test("a signed-in citizen who opens the landing page is sent to their Forside", async ({
  page,
}) => {
  await signInAsCitizen(page, CITIZEN);
  await page.goto("/");
  await expect(page).toHaveURL(/\/for\/meg$/);
});

test("a clinician signs in to the clinician home", async ({ page, axe }) => {
  await signInThroughUiAsClinician(page, CLINICIAN);
  await expect(page).toHaveURL(/\/behandler$/);
  await expect(page.getByRole("banner")).toContainText(`Logget inn som ${CLINICIAN}`);
  await expect(page.getByRole("heading", { level: 2, name: "Enhetene dine" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(nav.getByRole("link", { name: "Forside" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Innboks" })).toBeVisible();
  await axe("clinician home");
  await nav.getByRole("link", { name: "Timelister og tider" }).click();
  await expect(page).toHaveURL(/\/behandler\/enhet$/);
  await axe("clinician units");
  await signOut(page);
});
