// Lab results: Kari reads her results, an explanation and a trend; a result waits for review with its
// latest date; Dr. Lise Berg releases it with a comment; Kari sees value, range, comment, and the
// release in her Innsynslogg. With JavaScript on and off for the forms; axe and 320 px on every page.
import type { Locator, Page } from "@playwright/test";
import {
  expect,
  nationalIdOf,
  signInAsCitizen,
  signInAsClinician,
  signOut,
  test,
} from "./fixtures";

// Whole journeys with two people and axe on each page: longer than the default on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

const HBA1C = "HbA1c (langtidsblodsukker)";
const COMMENT = "Litt høyt langtidsblodsukker. Vi tar en ny prøve om tre måneder.";

async function noSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
}

/** One analysis' card (the innermost list item, not its requisition) by its heading. */
const resultCard = (page: Page, name: string) =>
  page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 4, name, exact: true }) })
    .filter({ hasNot: page.getByRole("listitem") });

/** The card of a result that still waits, with its "latest date" line. */
const pendingCard = (page: Page, name: string) =>
  resultCard(page, name).filter({ hasText: "Svaret vises senest" });

/**
 * The release work list shows 25 results a page, oldest first: follow "Neste side" until the row is
 * on the page shown (plain links, so this works without JavaScript too).
 */
async function pageTo(page: Page, row: Locator) {
  for (let i = 0; i < 10 && (await row.count()) === 0; i++) {
    const before = page.url();
    await page
      .getByRole("navigation", { name: "Sider i arbeidslisten" })
      .getByRole("link", { name: "Neste side" })
      .click();
    await expect(page).not.toHaveURL(before);
  }
  await expect(row).toHaveCount(1);
}

test("Kari reads results and a trend; Lise releases a waiting result with a comment; Kari sees it and the log", async ({
  page,
  axe,
}) => {
  await signInAsCitizen(page, "Kari Nordmann");

  await test.step("the results list: newest first, a waiting result shows only its latest date", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Prøvesvar" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Prøvesvar" })).toBeVisible();
    const waiting = pendingCard(page, HBA1C);
    await expect(waiting).toHaveCount(1);
    await expect(waiting).toContainText(/Svaret vises senest \S+ \d+\. \S+ \d{4} kl\. \d{2}:\d{2}/);
    // Never the value or the flag while it waits.
    await expect(waiting).not.toContainText("mmol/mol");
    await expect(waiting).not.toContainText("Høy");
    // The CA 125 waits for a conversation, with no date.
    await expect(resultCard(page, "CA 125")).toContainText(
      "Svaret vises når legen har snakket med deg om det.",
    );
    // The CRP the laboratory corrected: the corrected value, marked as corrected with the time.
    const crp = resultCard(page, "CRP");
    await expect(crp).toHaveCount(1);
    await expect(crp.getByRole("definition").filter({ hasText: "Rettet svar" })).toHaveCount(1);
    await expect(crp).toContainText(
      /Laboratoriet rettet svaret \S+ \d+\. \S+ \d{4} kl\. \d{2}:\d{2}\. Verdien over er den rettede\./,
    );
    await expect(crp).toContainText("3 mg/L");
    await axe("prøvesvar");
    // Older requisitions come a page at a time, by a plain link, and the way back to the newest.
    await page.getByRole("link", { name: "Vis eldre prøvesvar" }).click();
    await expect(pendingCard(page, HBA1C)).toHaveCount(0);
    await expect(resultCard(page, "CA 125")).toHaveCount(0);
    await axe("prøvesvar, eldre side");
    await page.getByRole("link", { name: "Til de nyeste prøvesvarene" }).click();
    await expect(pendingCard(page, HBA1C)).toHaveCount(1);
  });

  await test.step("one analysis over time: explanation, chart with a summary, the same data as a table", async () => {
    await page
      .getByRole("link", { name: `Se ${HBA1C} over tid` })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: `${HBA1C} over tid` })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Hva prøven viser" })).toBeVisible();
    await expect(
      page.getByText("viser gjennomsnittet av blodsukkeret de siste 2–3 månedene"),
    ).toBeVisible();
    await expect(
      page.getByRole("img", { name: /HbA1c \(langtidsblodsukker\), \d+ svar/ }),
    ).toBeVisible();
    const table = page.getByRole("table", { name: `${HBA1C}, alle svar, de nyeste først` });
    await expect(table.getByRole("row")).toHaveCount(10); // header + nine released results
    await expect(table.getByRole("row").nth(1)).toContainText("44 mmol/mol");
    await expect(table.getByRole("row").nth(1)).toContainText("Høy");
    await expect(
      page.getByRole("heading", { level: 2, name: "Svar som ikke vises ennå" }),
    ).toBeVisible();
    await axe("prøvesvar over tid (grafen)");
  });

  await signOut(page);
  await signInAsClinician(page, "Lise Berg");

  await test.step("Lise releases the HbA1c with a comment from her work list", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Prøvesvar til frigivelse" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Prøvesvar til frigivelse" }),
    ).toBeVisible();
    await axe("frigivelse");
    await page.getByRole("button", { name: "Frigi valgte svar" }).click();
    await expect(page.getByRole("region", { name: "Noe må rettes" })).toBeFocused();
    await expect(
      page.getByRole("link", { name: "Velg minst ett svar du vil frigi." }),
    ).toBeVisible();
    await axe("frigivelse med feil");
    const hba1c = page.getByRole("checkbox", {
      name: new RegExp(`^Frigi ${HBA1C.replace(/[()]/g, "\\$&")} for Kari Nordmann`),
    });
    // The list holds only what patients do not see yet, oldest first: Kari's three-day-old
    // results are on the first page, unless the seed someday holds more waiting.
    await pageTo(page, hba1c);
    const pageUrl = new URL(page.url());
    await hba1c.check();
    await page.getByLabel("Kommentar til pasienten (valgfritt)").fill(COMMENT);
    // The comment is counted like every limited text (1,000 characters).
    await expect(
      page.getByLabel("Kommentar til pasienten (valgfritt)"),
    ).toHaveAccessibleDescription(new RegExp(`${1000 - COMMENT.length} tegn igjen`));
    await page.getByRole("button", { name: "Frigi valgte svar" }).click();
    await expect(page.getByRole("status")).toContainText("Ett svar er frigitt.");
    // Back on the same page, without the released result.
    expect(new URL(page.url()).searchParams.get("etter")).toBe(pageUrl.searchParams.get("etter"));
    await expect(hba1c).toHaveCount(0);
  });

  await test.step("Kari's chart shows Lise the CRP the laboratory corrected, and what it first said", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Finn pasient" })
      .click();
    await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalIdOf("Kari Nordmann"));
    await page.getByRole("button", { name: "Finn pasient" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kari Nordmann" })).toBeVisible();
    const crpRow = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "CRP" }) });
    await expect(crpRow).toHaveCount(1);
    await expect(crpRow).toContainText("3 mg/L");
    await expect(crpRow).toContainText(/Rettet av laboratoriet .+\. Først rapportert: 2 mg\/L\./);
    await axe("pasientjournal med rettet prøvesvar");
  });

  await signOut(page);
  await signInAsCitizen(page, "Kari Nordmann");

  await test.step("Kari sees value, range, flag and comment", async () => {
    await page.goto("/for/meg/provesvar");
    await expect(pendingCard(page, HBA1C)).toHaveCount(0);
    const card = resultCard(page, HBA1C).filter({ hasText: COMMENT });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText("46 mmol/mol");
    await expect(card).toContainText("20–42 mmol/mol");
    await expect(card).toContainText("Høy");
  });

  await test.step("and the release in her Innsynslogg", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Innsynslogg" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Innsynslogg" })).toBeVisible();
    await expect(
      page.getByText(/Lise Berg, lege, .*endret prøvesvarene dine/).first(),
    ).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // axe needs JavaScript in the page: these pages are scanned in the tests above.
  test("Kari chooses to see results at once and undoes it; Lise's release form keeps what she typed on an error", async ({
    page,
  }) => {
    await signInAsCitizen(page, "Kari Nordmann", "/for/meg/provesvar");
    await expect(pendingCard(page, "eGFR (nyrefunksjon)")).toHaveCount(1);
    await page.getByRole("button", { name: "Vis svarene mine med en gang" }).click();
    await expect(page.getByRole("status")).toContainText("du ser nå svarene dine med en gang");
    // The eGFR waited for review: now it shows; the CA 125 still waits for a conversation.
    await expect(pendingCard(page, "eGFR (nyrefunksjon)")).toHaveCount(0);
    await expect(resultCard(page, "CA 125")).toContainText("snakket med deg");
    await page.getByRole("button", { name: "Vent til legen har sett på svarene" }).click();
    await expect(page.getByRole("status")).toContainText("venter igjen");
    await expect(pendingCard(page, "eGFR (nyrefunksjon)")).toHaveCount(1);
    await page.goto("/for/meg/innsynslogg");
    await expect(page.getByText(/Du endret prøvesvarene dine/).first()).toBeVisible();
    await signOut(page);

    await signInAsClinician(page, "Lise Berg", "/behandler/provesvar");
    await page.getByLabel("Kommentar til pasienten (valgfritt)").fill("Nyrefunksjonen er fin.");
    await page.getByRole("button", { name: "Frigi valgte svar" }).click();
    await expect(
      page.getByRole("link", { name: "Velg minst ett svar du vil frigi." }),
    ).toBeVisible();
    await expect(page.getByLabel("Kommentar til pasienten (valgfritt)")).toHaveValue(
      "Nyrefunksjonen er fin.",
    );
    const egfr = page.getByRole("checkbox", {
      name: /^Frigi eGFR \(nyrefunksjon\) for Kari Nordmann/,
    });
    await pageTo(page, egfr);
    await page.getByLabel("Kommentar til pasienten (valgfritt)").fill("Nyrefunksjonen er fin.");
    await egfr.check();
    await page.getByRole("button", { name: "Frigi valgte svar" }).click();
    await expect(page.getByRole("status")).toContainText("Ett svar er frigitt.");
  });
});

test("the results, trend and release pages reflow at 320 px", async ({ page, axe }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAsCitizen(page, "Kari Nordmann");
  for (const path of ["/for/meg/provesvar", "/for/meg/provesvar/analyse/NPU01568"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await noSidewaysScroll(page, path);
    await axe(`${path} at 320 px`);
  }
  await signOut(page);
  await signInAsClinician(page, "Lise Berg", "/behandler/provesvar");
  await expect(
    page.getByRole("heading", { level: 1, name: "Prøvesvar til frigivelse" }),
  ).toBeVisible();
  await noSidewaysScroll(page, "/behandler/provesvar");
  await axe("/behandler/provesvar at 320 px");
});
