// Release rules: Fjordvik sykehus' admin, Hilde Aas, decides that CRP results the hospital orders
// wait for a conversation; a CRP result the laboratory sends afterwards for Ola Nordmann waits, and
// keeps waiting when the rule goes back to the region's (set without JavaScript). The admin sees
// rules only, never a result. axe on every page, 320 px reflow.
import type { Page } from "@playwright/test";
import { receiveLabResults } from "@/lib/record/lab-results/receive-lab-results";
import { withE2eDb } from "./db";
import { expectNotFound, plainPost, replay } from "./replay";
import { expectAccessible } from "./axe";
import { expect, newPage, signInAsCitizen, signInAsOrgAdmin, signOut, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });

const ADMIN = "Hilde Aas";
const CITIZEN = "Ola Nordmann";
const HOSPITAL = "Fjordvik sykehus";
const CRP_VALUE = 87;

const analysisCard = (page: Page, shortName: string) =>
  page.getByRole("listitem").filter({
    has: page.getByRole("heading", { level: 3, name: shortName, exact: true }),
  });

async function noSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
}

/** The laboratory's message: one CRP result for Ola, ordered by the hospital, final an hour ago. */
async function crpArrivesForOla(): Promise<string> {
  return withE2eDb(async (db) => {
    const ola = await db.person.findFirstOrThrow({
      where: { givenName: "Ola", familyName: "Nordmann" },
      select: { id: true },
    });
    const unit = await db.unit.findFirstOrThrow({
      where: { organisation: { name: HOSPITAL } },
      orderBy: { name: "asc" },
      select: { id: true },
    });
    const crp = await db.labAnalysis.findFirstOrThrow({
      where: { shortName: "CRP" },
      select: { code: true },
    });
    const finalAt = new Date(Date.now() - 60 * 60_000);
    const takenAt = new Date(finalAt.getTime() - 3 * 60 * 60_000);
    const { observationIds } = await receiveLabResults(db, {
      requisition: {
        personId: ola.id,
        orderingUnitId: unit.id,
        performingLab: "Fjordvik sykehus, Laboratoriemedisin",
        takenAt,
        issuedAt: finalAt,
      },
      results: [
        {
          analysisCode: crp.code,
          valueQuantity: CRP_VALUE,
          unit: "mg/L",
          referenceHigh: 5,
          interpretation: "HIGH",
          status: "FINAL",
          takenAt,
          issuedAt: finalAt,
          finalAt,
        },
      ],
    });
    return observationIds[0]!;
  });
}

test("a hospital's admin holds CRP for a conversation; a CRP result sent afterwards waits, and keeps waiting when the rule goes back", async ({
  page,
  browser,
  axe,
}) => {
  await signInAsOrgAdmin(page, ADMIN);
  await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: HOSPITAL }) })
    .getByRole("link", { name: "Prøvesvar: når pasienten ser dem" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Prøvesvar: ${HOSPITAL}` }),
  ).toBeVisible();
  await axe("admin: prøvesvar");
  const crp = analysisCard(page, "CRP");
  await expect(crp).toContainText("Regionens regel: Med en gang");
  await expect(crp).toContainText("Organisasjonen bruker regionens regel.");

  await test.step("the admin chooses 'Etter samtale' for CRP", async () => {
    await crp.getByLabel("Regel for CRP").selectOption({ label: "Etter samtale" });
    await crp.getByRole("button", { name: "Lagre for CRP" }).click();
    await expect(crp.getByRole("status")).toContainText(
      "Lagret. Regelen gjelder svar på CRP som kommer fra nå.",
    );
    await expect(crp).toContainText(`Organisasjonens regel: Etter samtale. Satt av ${ADMIN}`);
    await expect(crp.getByLabel("Regel for CRP")).toHaveValue("AFTER_CONVERSATION");
    await expect(
      page.getByText(`${ADMIN} endret CRP fra regionens regel til Etter samtale.`),
    ).toBeVisible();
    await axe("admin: prøvesvar, saved");
  });

  await test.step("saving the same choice again changes nothing", async () => {
    await crp.getByRole("button", { name: "Lagre for CRP" }).click();
    await expect(crp.getByRole("status")).toContainText(
      "Ingen endring: CRP hadde allerede denne regelen.",
    );
    await expect(page.getByText(`${ADMIN} endret CRP fra`)).toHaveCount(1);
  });

  await page.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(page, "admin: prøvesvar");
  await axe("admin: prøvesvar 320 px");
  await signOut(page);

  await crpArrivesForOla();

  const olaSees = async (p: Page, label: string) => {
    await signInAsCitizen(p, CITIZEN, "/for/meg/provesvar");
    const card = p
      .getByRole("listitem")
      .filter({ has: p.getByRole("heading", { level: 4, name: "CRP", exact: true }) })
      .filter({ hasNot: p.getByRole("listitem") })
      .filter({ hasText: "Svaret vises når legen har snakket med deg om det." });
    await expect(card).toHaveCount(1);
    await expect(card).not.toContainText(String(CRP_VALUE));
    await expect(p.getByText(`${CRP_VALUE} mg/L`)).toHaveCount(0);
    await expectAccessible(p, label);
    await signOut(p);
  };
  await page.setViewportSize({ width: 1280, height: 800 });
  await olaSees(page, "Ola: CRP waits for a conversation");

  await test.step("without JavaScript, the admin lets CRP follow the region again", async () => {
    const plain = await newPage(browser, { javaScriptEnabled: false });
    await signInAsOrgAdmin(plain, ADMIN);
    await plain
      .getByRole("listitem")
      .filter({ has: plain.getByRole("heading", { level: 3, name: HOSPITAL }) })
      .getByRole("link", { name: "Prøvesvar: når pasienten ser dem" })
      .click();
    const card = analysisCard(plain, "CRP");
    await card.getByLabel("Regel for CRP").selectOption({ label: "Som regionen (Med en gang)" });
    await card.getByRole("button", { name: "Lagre for CRP" }).click();
    await expect(card.getByRole("status")).toContainText("Lagret.");
    await expect(card).toContainText("Organisasjonen bruker regionens regel.");
    await expect(
      plain.getByText(`${ADMIN} endret CRP fra Etter samtale til regionens regel.`),
    ).toBeVisible();
    // axe needs JavaScript in the page: the same page was scanned above.
    await plain.context().close();
  });

  // The result arrived under "Etter samtale" and keeps it: no result held for a conversation shows
  // because a rule changed.
  await olaSees(page, "Ola: CRP still waits");
});

test("a release rule post replayed from another organisation's admin gets 'not found' and changes nothing; a tampered choice is told plainly", async ({
  browser,
}) => {
  // Without JavaScript the form carries the hidden fields a plain post sends.
  const hilde = await newPage(browser, { javaScriptEnabled: false });
  await signInAsOrgAdmin(hilde, ADMIN);
  await hilde
    .getByRole("listitem")
    .filter({ has: hilde.getByRole("heading", { level: 3, name: HOSPITAL }) })
    .getByRole("link", { name: "Prøvesvar: når pasienten ser dem" })
    .click();
  const path = new URL(hilde.url()).pathname;
  const form = analysisCard(hilde, "PSA").locator("form");
  const fields = await plainPost(form, { category: "IMMEDIATE" });
  const rulesOfHospital = () =>
    withE2eDb((db) =>
      db.labReleaseRuleChange.count({ where: { organisation: { name: HOSPITAL } } }),
    );
  const before = await rulesOfHospital();

  // Tor Bakken administers Fjordvik kommune, not the hospital.
  const tor = await newPage(browser);
  await signInAsOrgAdmin(tor, "Tor Bakken");
  await expectNotFound(tor, await replay(tor, path, fields));
  expect(await rulesOfHospital()).toBe(before);

  // The hospital's own admin, with a choice the list does not offer: back to the card, told why.
  const tampered = await replay(hilde, path, { ...fields, category: "SOMETIMES" });
  expect(tampered.status()).toBe(303);
  const view = await newPage(browser);
  await signInAsOrgAdmin(view, ADMIN);
  await view.goto(tampered.headers()["location"]!);
  await expect(analysisCard(view, "PSA").getByRole("alert")).toHaveText(
    "Ikke lagret: velg en av reglene i listen.",
  );
  await expectAccessible(view, "admin: prøvesvar, refused choice");
  await view.context().close();
  expect(await rulesOfHospital()).toBe(before);
  await hilde.context().close();
  await tor.context().close();
});
