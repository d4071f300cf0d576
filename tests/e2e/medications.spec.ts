// Journey 2, medications half: Kari reads her medication list and asks to renew a prescription; Dr.
// Lise Berg answers from her unit's renewal work list; Kari sees the answer. With JavaScript on
// (declined with a reason) and off (renewed with a new end date). A proxy for lab results only does
// not see medications. axe on every page; 320 px reflow.
import type { Page } from "@playwright/test";
import { demoRegion } from "@/prisma/seed/demo-people";
import {
  type Axe,
  axeOfStaticHtml,
  expect,
  expectAccessible,
  newPage,
  signInAsCitizen,
  signInAsClinician,
  test,
} from "./fixtures";

const KARI = "Kari Nordmann";
const GP = "Lise Berg";
const GP_UNIT = "Fjordvik legesenter";

const card = (page: Page, medication: string | RegExp) =>
  page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: medication }) });

async function openMedications(page: Page, axe: Axe) {
  await test.step("open Legemidler from the menu", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Legemidler" })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Legemidler" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Legemidler i bruk" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Tidligere legemidler" }),
    ).toBeVisible();
    await axe("legemidler");
  });
}

async function askForRenewal(page: Page, axe: Axe, medication: string, note: string) {
  await test.step(`ask to renew ${medication}, first forgetting to choose`, async () => {
    await page.getByRole("link", { name: "Be om fornyet resept", exact: true }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Be om fornyet resept" }),
    ).toBeVisible();
    await axe("forny");
    await page.getByLabel("Melding til legen (valgfritt)").fill(note);
    await page.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(page.getByRole("region", { name: "Dette må rettes" })).toContainText(
      "Velg legemidlet du vil ha fornyet.",
    );
    await expect(page.getByLabel("Melding til legen (valgfritt)")).toHaveValue(note);
    await axe("forny: feil");
    await page.getByRole("radio", { name: new RegExp(`^${medication}`) }).check();
    await page.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(page.getByRole("status")).toContainText(
      `Forespørselen om å fornye ${medication} er sendt til ${GP_UNIT}.`,
    );
    await expect(card(page, new RegExp(`^${medication}`))).toContainText(
      "Venter på svar fra Fjordvik legesenter.",
    );
    await axe("legemidler: sendt");
  });
}

async function openRequestAsGp(page: Page, axe: Axe, medication: RegExp) {
  await test.step("the GP opens the request from the renewal work list", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Fornyelse av resepter" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Fornyelse av resepter" }),
    ).toBeVisible();
    await axe("fornyelser");
    await page
      .getByRole("link", { name: new RegExp(`^${KARI}: ${medication.source}`) })
      .last()
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Fornyet resept for ${KARI}` }),
    ).toBeVisible();
    await axe("fornyelse");
  });
}

test("Kari asks to renew a medication, Lise Berg declines with a reason, Kari sees the answer", async ({
  page,
  axe,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInAsCitizen(page, KARI);
  await openMedications(page, axe);
  await test.step("each medication in plain words, the prescription status in words", async () => {
    const levaxin = card(page, "Levaxin 50 mikrogram");
    await expect(levaxin).toContainText("1 tablett om morgenen");
    await expect(levaxin).toContainText("Tas på tom mage");
    await expect(levaxin).toContainText("Lavt stoffskifte");
    await expect(levaxin).toContainText(`Lise Berg, ${GP_UNIT}`);
    await expect(levaxin).toContainText("H03AA01");
    await expect(levaxin).toContainText(/Aktiv, gyldig til .*3 uttak igjen av 4/);
    await expect(card(page, "Cetirizin 10 mg")).toContainText("Utløpt");
    await expect(card(page, "Omeprazol 20 mg")).toContainText("Brukt opp");
    await expect(card(page, "Apocillin 1 g")).toContainText("(Fullført)");
  });
  const note = `Har bare tre tabletter igjen (${Date.now()})`;
  await askForRenewal(page, axe, "Cetirizin", note);

  const gp = await newPage(browser);
  await signInAsClinician(gp, GP);
  await test.step("the request waits in the unit's inbox under 'Resept', and leads to the answer", async () => {
    await gp
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Innboks" })
      .click();
    await gp.getByRole("link", { name: `${GP_UNIT} – felles innboks`, exact: true }).click();
    const row = gp.getByRole("row").filter({ hasText: KARI }).filter({ hasText: "Resept" });
    await expect(row).toHaveCount(1);
    await row.getByRole("link", { name: KARI }).click();
    await expect(gp.getByText("Forespørsel om fornyet resept: Cetirizin 10 mg.")).toBeVisible();
    await expect(gp.getByText(`Merknad: ${note}`)).toBeVisible();
    await axe("behandler: forespørsel om fornyet resept i innboksen");
    await gp.getByRole("link", { name: "Svar på forespørselen om fornyet resept" }).click();
    await expect(
      gp.getByRole("heading", { level: 1, name: `Fornyet resept for ${KARI}` }),
    ).toBeVisible();
  });
  await expect(gp.getByRole("definition").filter({ hasText: note })).toBeVisible();
  await test.step("declining without a reason says what is missing", async () => {
    await gp.getByRole("button", { name: "Avslå forespørselen" }).click();
    await expect(gp.getByRole("region", { name: "Dette må rettes" })).toContainText(
      "Skriv en begrunnelse til pasienten.",
    );
    await axe("fornyelse: mangler begrunnelse");
  });
  const reason = "Du må komme til en kontroll før vi fornyer denne.";
  await gp.getByLabel("Begrunnelse til pasienten").fill(reason);
  await gp.getByRole("button", { name: "Avslå forespørselen" }).click();
  await expect(gp.getByRole("status")).toContainText("Forespørselen er avslått.");
  await expect(gp.getByText(`Begrunnelse: ${reason}`)).toBeVisible();
  await axe("fornyelse: avslått");
  await gp.context().close();

  await test.step("Kari sees the answer", async () => {
    await page.reload();
    await expect(card(page, "Cetirizin 10 mg")).toContainText(`Begrunnelse fra legen: ${reason}`);
    await axe("legemidler: besvart");
  });
  await test.step("and reads it in Meldinger, where the request's thread is answered and closed", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Meldinger" })
      .click();
    await page.getByRole("link", { name: "Resept" }).first().click();
    await expect(page.getByText("Forespørsel om fornyet resept: Cetirizin 10 mg.")).toBeVisible();
    await expect(
      page.getByText(
        `Forespørselen om fornyet resept på Cetirizin 10 mg er avslått. Begrunnelse: ${reason}`,
      ),
    ).toBeVisible();
    await axe("melding: svar på forespørsel om fornyet resept");
  });
});

test.describe("without JavaScript", () => {
  test("Kari asks to renew with plain forms, Lise Berg renews with a new end date", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const page = await newPage(browser, { javaScriptEnabled: false });
    const axe = axeOfStaticHtml(page, browser);
    await signInAsCitizen(page, KARI);
    await openMedications(page, axe);
    await askForRenewal(page, axe, "Omeprazol", "Pakken er tom.");

    const gp = await newPage(browser, { javaScriptEnabled: false });
    const gpAxe = axeOfStaticHtml(gp, browser);
    await signInAsClinician(gp, GP);
    await openRequestAsGp(gp, gpAxe, /Omeprazol 20 mg/);
    await test.step("a date in the past is refused and kept", async () => {
      await gp.getByLabel("Ny resept gyldig til").fill("2020-01-01");
      await gp.getByRole("button", { name: "Forny resepten" }).click();
      await expect(gp.getByRole("region", { name: "Dette må rettes" })).toContainText(
        "Datoen må være etter i dag.",
      );
      await expect(gp.getByLabel("Ny resept gyldig til")).toHaveValue("2020-01-01");
      await gpAxe("fornyelse uten JS: feil dato");
    });
    const until = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    await gp.getByLabel("Ny resept gyldig til").fill(until);
    await gp.getByRole("button", { name: "Forny resepten" }).click();
    await expect(gp.getByRole("status")).toContainText("Resepten er fornyet.");
    await gp.context().close();

    await page.goto("/for/meg/legemidler");
    const omeprazol = card(page, "Omeprazol 20 mg");
    await expect(omeprazol).toContainText(/Fornyet .*Den nye resepten er gyldig til/);
    await expect(omeprazol).toContainText(/Aktiv, gyldig til .*4 uttak igjen av 4/);
    await axe("legemidler uten JS: fornyet");
    await page.context().close();
  });
});

test("a proxy for lab results only does not see the medications", async ({ browser }) => {
  test.setTimeout(120_000);
  const people = demoRegion().citizens;
  const solveig = await newPage(browser);
  await signInAsCitizen(solveig, "Solveig Moen");
  await test.step("Solveig gives Camilla a proxy for Prøvesvar only, see and act", async () => {
    await solveig.goto("/for/meg/fullmakter");
    await solveig.getByLabel("Fødselsnummer (11 siffer)").fill(people.camillaDahl.nationalId);
    await solveig.getByLabel("Etternavn").fill("Dahl");
    await solveig.getByRole("radio", { name: "Se og handle" }).check();
    await solveig.getByRole("checkbox", { name: "Prøvesvar" }).check();
    await solveig.getByRole("button", { name: "Gi fullmakt" }).click();
    await expect(solveig.getByRole("status")).toContainText("Fullmakten til Camilla Dahl er gitt");
  });
  await solveig.context().close();

  const camilla = await newPage(browser);
  await signInAsCitizen(camilla, "Camilla Dahl", "/velg-person");
  await camilla.getByRole("link", { name: "Bruk HelsaMi for Solveig Moen" }).click();
  await expect(camilla).toHaveURL(/\/for\/[0-9a-f-]{36}$/);
  const base = new URL(camilla.url()).pathname;
  const nav = camilla.getByRole("navigation", { name: "Hovedmeny" });
  await expect(nav.getByRole("listitem").filter({ hasText: /^Prøvesvar/ })).toHaveCount(1);
  await expect(nav.getByRole("listitem").filter({ hasText: /^Legemidler/ })).toHaveCount(0);
  for (const path of ["/legemidler", "/legemidler/forny"]) {
    await camilla.goto(`${base}${path}`);
    await expect(
      camilla.getByRole("heading", { level: 1, name: "Vi fant ikke siden" }),
    ).toBeVisible();
    await expect(camilla.getByText("Alendronat")).toHaveCount(0);
  }
  await expectAccessible(camilla, "legemidler as a lab-results proxy");
  await camilla.context().close();
});

test("the medication pages reflow at 320 px", async ({ page, browser }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const noSidewaysScroll = async (p: Page, label: string) => {
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
    await expectAccessible(p, `${label} at 320 px`);
  };
  await signInAsCitizen(page, "Per Hansen");
  for (const path of ["/for/meg/legemidler", "/for/meg/legemidler/forny"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await noSidewaysScroll(page, path);
  }
  const gp = await newPage(browser);
  await gp.setViewportSize({ width: 320, height: 800 });
  await signInAsClinician(gp, GP, "/behandler/fornyelser");
  await expect(gp.getByRole("heading", { level: 1, name: "Fornyelse av resepter" })).toBeVisible();
  await noSidewaysScroll(gp, "/behandler/fornyelser");
  await gp.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link").first().click();
  await expect(gp.getByRole("heading", { level: 1, name: /^Fornyet resept for / })).toBeVisible();
  await noSidewaysScroll(gp, "a renewal request");
  await gp.context().close();
});

test("a see-only proxy for medications reads the list but is not offered a renewal", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const people = demoRegion().citizens;
  const ingrid = await newPage(browser);
  await signInAsCitizen(ingrid, "Ingrid Hansen");
  await test.step("Ingrid gives Eirik a see-only proxy for Legemidler", async () => {
    await ingrid.goto("/for/meg/fullmakter");
    await ingrid.getByLabel("Fødselsnummer (11 siffer)").fill(people.eirikStrand.nationalId);
    await ingrid.getByLabel("Etternavn").fill("Strand");
    await ingrid.getByRole("radio", { name: "Se", exact: true }).check();
    await ingrid.getByRole("checkbox", { name: "Legemidler" }).check();
    await ingrid.getByRole("button", { name: "Gi fullmakt" }).click();
    await expect(ingrid.getByRole("status")).toContainText("Fullmakten til Eirik Strand er gitt");
  });
  await ingrid.context().close();

  const eirik = await newPage(browser);
  await signInAsCitizen(eirik, "Eirik Strand", "/velg-person");
  await eirik.getByRole("link", { name: "Bruk HelsaMi for Ingrid Hansen" }).click();
  await expect(eirik).toHaveURL(/\/for\/[0-9a-f-]{36}$/);
  const base = new URL(eirik.url()).pathname;
  await eirik
    .getByRole("navigation", { name: "Hovedmeny" })
    .getByRole("link", { name: "Legemidler" })
    .click();
  await expect(eirik.getByRole("heading", { level: 1, name: "Legemidler" })).toBeVisible();
  await expect(card(eirik, "Ramipril 5 mg")).toContainText("Høyt blodtrykk");
  await expect(eirik.getByRole("link", { name: /Be om fornyet resept/ })).toHaveCount(0);
  await expectAccessible(eirik, "legemidler as a see-only proxy");
  await eirik.goto(`${base}/legemidler/forny`);
  await expect(eirik.getByRole("heading", { level: 1, name: "Vi fant ikke siden" })).toBeVisible();
  await eirik.context().close();
});
