// Helseopplysninger: Per reads his diagnoses, allergies and vaccines, opens a note and downloads a
// document (a PDF through the gate); the notes filter works without JavaScript; Kari, for Jonas (14),
// sees only his vaccines, without the one hidden from guardians; Per's Innsynslogg says what was
// read. axe on every page; 320 px reflow.
import type { Page } from "@playwright/test";
import { DEMO_PERSON_IDS } from "@/prisma/seed/demo-people";
import {
  axeOfStaticHtml,
  expect,
  expectAccessible,
  nationalIdOf,
  newPage,
  signInAsCitizen,
  signInAsClinician,
  test,
} from "./fixtures";

const PER = "Per Hansen";

const main = (page: Page) => page.getByRole("main");
const card = (page: Page, heading: string | RegExp) =>
  main(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: heading }) });

async function openSection(page: Page, name: string, heading = name) {
  await main(page).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("Per reads his diagnoses, allergies and vaccines, opens a note and downloads a document", async ({
  page,
  axe,
}) => {
  test.setTimeout(180_000);
  await signInAsCitizen(page, PER);

  await test.step("Helseopplysninger from the menu: one way into each part", async () => {
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Helseopplysninger" })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Helseopplysninger" })).toBeVisible();
    for (const name of [
      "Diagnoser",
      "Allergier og intoleranser",
      "Vaksiner",
      "Journalnotater",
      "Dokumenter",
    ]) {
      await expect(main(page).getByRole("link", { name, exact: true })).toBeVisible();
    }
    // Formal requests about the record are reached from the record too.
    await expect(main(page).getByRole("link", { name: "Gå til innsyn og retting" })).toBeVisible();
    await axe("helseopplysninger");
  });

  await test.step("Diagnoser: plain words first, then the code and its system", async () => {
    await openSection(page, "Diagnoser");
    const diabetes = card(page, "Diabetes type 2");
    await expect(diabetes).toContainText("T90 (ICPC-2)");
    await expect(diabetes).toContainText("Fjordvik legesenter");
    await expect(card(page, "Atrieflimmer (uregelmessig hjerterytme)")).toContainText(
      "I48.9 (ICD-10)",
    );
    await expect(
      page.getByRole("heading", { level: 2, name: "Tidligere diagnoser" }),
    ).toBeVisible();
    await expect(card(page, "Lungebetennelse")).toContainText("Avsluttet");
    await axe("diagnoser");
    await page.getByRole("link", { name: "Tilbake til helseopplysninger" }).click();
  });

  await test.step("Allergier: the most severe first, confirmed or not in words", async () => {
    await openSection(page, "Allergier og intoleranser");
    const cards = main(page).getByRole("listitem");
    await expect(cards.first()).toContainText("Penicillin");
    await expect(card(page, "Penicillin")).toContainText("Ja, bekreftet");
    await expect(card(page, "Kodein")).toContainText("Nei, ikke bekreftet (mistanke)");
    await expect(card(page, "Kodein")).toContainText("Intoleranse");
    await axe("allergier");
    await page.getByRole("link", { name: "Tilbake til helseopplysninger" }).click();
  });

  await test.step("Vaksiner: vaccine, dose, date, place and ATC code", async () => {
    await openSection(page, "Vaksiner");
    await expect(card(page, "Comirnaty, Dose 5")).toContainText("J07BN01");
    await expect(card(page, "Pneumovax, Dose 1")).toContainText("Pneumokokker");
    await expect(
      main(page).getByRole("heading", { level: 3, name: /^Influvac Tetra/ }),
    ).toHaveCount(2);
    await axe("vaksiner");
    await page.getByRole("link", { name: "Tilbake til helseopplysninger" }).click();
  });

  await test.step("Journalnotater: open the discharge summary", async () => {
    await openSection(page, "Journalnotater");
    await axe("notater");
    await main(page).getByRole("link", { name: "Epikrise fra indremedisinsk avdeling" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Epikrise fra indremedisinsk avdeling" }),
    ).toBeVisible();
    await expect(main(page)).toContainText("atrieflimmer og hjertesvikt");
    await axe("notat");
    await page.goto("/for/meg/helseopplysninger");
  });

  await test.step("Dokumenter: the epikrise downloads as a PDF", async () => {
    await openSection(page, "Dokumenter");
    await axe("dokumenter");
    const link = main(page).getByRole("link", { name: /^Last ned Epikrise \(PDF/ });
    const href = await link.getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toContain("attachment");
    expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("epikrise-indremedisin.pdf");
    // Another id is plainly not found.
    expect((await page.request.get(href!.replace(/[0-9a-f]{12}$/, "000000000000"))).status()).toBe(
      404,
    );
  });

  await test.step("Innsynslogg says in plain words what was read", async () => {
    await page.goto("/for/meg/innsynslogg");
    for (const what of [
      "diagnosene dine",
      "allergiene dine",
      "vaksinene dine",
      "journalnotatene dine",
      "dokumentene dine",
    ]) {
      await expect(main(page).getByText(`Du så ${what}`).first()).toBeVisible();
    }
  });
});

test("the notes filter works without JavaScript, and keeps the choice", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await newPage(browser, { javaScriptEnabled: false });
  const axe = axeOfStaticHtml(page, browser);
  await signInAsCitizen(page, PER, "/for/meg/helseopplysninger/notater");
  await expect(page.getByRole("heading", { level: 1, name: "Journalnotater" })).toBeVisible();
  await expect(
    main(page).getByRole("link", { name: "Kontroll etter sykehusopphold" }),
  ).toBeVisible();
  await axe("notater");
  await page.getByLabel("Sted").selectOption({ label: "Hjemmesykepleien, Fjordvik kommune" });
  await page.getByRole("button", { name: "Vis notater" }).click();
  await expect(page).toHaveURL(/enhet=/);
  await expect(
    main(page).getByRole("link", { name: "Hjemmebesøk: vekt og hevelse" }),
  ).toBeVisible();
  await expect(main(page).getByRole("link", { name: "Kontroll etter sykehusopphold" })).toHaveCount(
    0,
  );
  await expect(page.getByLabel("Sted")).toHaveValue(/[0-9a-f-]{36}/);
  await axe("notater: filtrert");
  await page.getByLabel("Type").selectOption({ label: "Epikrise" });
  await page.getByRole("button", { name: "Vis notater" }).click();
  await expect(main(page)).toContainText("Ingen notater passer med filteret.");
  await page.getByRole("link", { name: "Fjern filter" }).click();
  await expect(
    main(page).getByRole("link", { name: "Kontroll etter sykehusopphold" }),
  ).toBeVisible();
  // A filter nobody could have chosen (an edited address) is said so, not silently dropped.
  await page.goto("/for/meg/helseopplysninger/notater?type=NOPE");
  await expect(page.getByRole("status")).toContainText("Vi forsto ikke hele filteret");
  await expect(
    main(page).getByRole("link", { name: "Kontroll etter sykehusopphold" }),
  ).toBeVisible();
  await axe("notater: ukjent filter");
  await page.context().close();
});

test("Kari, for Jonas (14), sees only his vaccines, without the one hidden from guardians", async ({
  page,
  axe,
}) => {
  await signInAsCitizen(page, "Kari Nordmann", `/for/${DEMO_PERSON_IDS.jonas}/helseopplysninger`);
  await expect(page.getByRole("heading", { level: 1, name: "Helseopplysninger" })).toBeVisible();
  await expect(main(page).getByRole("link", { name: "Vaksiner", exact: true })).toBeVisible();
  await expect(main(page).getByRole("link", { name: "Diagnoser", exact: true })).toHaveCount(0);
  // A parent of a 12–15-year-old may not ask for innsyn or correction on their behalf.
  await expect(main(page).getByRole("link", { name: "Gå til innsyn og retting" })).toHaveCount(0);
  await axe("helseopplysninger for Jonas");
  await openSection(page, "Vaksiner");
  await expect(card(page, "Priorix, Dose 2")).toBeVisible();
  await expect(main(page).getByRole("heading", { level: 3, name: /^Engerix-B/ })).toHaveCount(0);
  await axe("vaksiner for Jonas");
  expect(
    (await page.goto(`/for/${DEMO_PERSON_IDS.jonas}/helseopplysninger/diagnoser`))?.status(),
  ).toBe(404);
});

test("Lise Berg's chart of Per shows his allergies first, then diagnoses and vaccines", async ({
  page,
  axe,
}) => {
  await signInAsClinician(page, "Lise Berg");
  await page
    .getByRole("navigation", { name: "Hovedmeny" })
    .getByRole("link", { name: "Finn pasient" })
    .click();
  await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalIdOf(PER));
  await page.getByRole("button", { name: "Finn pasient" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PER })).toBeVisible();
  const headings = await main(page).getByRole("heading", { level: 2 }).allTextContents();
  expect(headings[0]).toBe("Allergier og intoleranser");
  expect(headings).toEqual(expect.arrayContaining(["Diagnoser", "Vaksiner"]));
  await expect(page.getByRole("region", { name: "Allergier og intoleranser" })).toContainText(
    "Penicillin – Moderat",
  );
  // Need-to-know: the GP office sees its own diagnoses (the hospital's are not its own record).
  await expect(page.getByRole("region", { name: "Diagnoser" })).toContainText(
    "T90 (ICPC-2) Diabetes type 2",
  );
  await expect(page.getByRole("region", { name: "Vaksiner" })).toContainText(
    "Comirnaty (J07BN01), dose 5",
  );
  await axe("journal med allergier");
});

test("the Helseopplysninger pages reflow at 320 px", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAsCitizen(page, PER);
  for (const path of ["", "/diagnoser", "/allergier", "/vaksiner", "/notater", "/dokumenter"]) {
    await page.goto(`/for/meg/helseopplysninger${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on ${path || "/"}`).toBeLessThanOrEqual(0);
    await expectAccessible(page, `helseopplysninger${path} at 320 px`);
  }
});
