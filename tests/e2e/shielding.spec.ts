// A citizen blocks her GP from her record (sperring); the GP cannot open it, not even with emergency
// access; she lifts the block and the GP can open it again.
import type { Browser, Page } from "@playwright/test";
import {
  expect,
  nationalIdOf,
  newPage,
  signInAsCitizen,
  signInAsClinician,
  test,
} from "./fixtures";

const CITIZEN = "Mari Lund";
const GP = "Lise Berg";

async function gpOpensPatient(
  browser: Browser,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const page = await newPage(browser);
  await signInAsClinician(page, GP, "/behandler/pasient");
  await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalIdOf(CITIZEN));
  await page.getByRole("button", { name: "Finn pasient" }).click();
  // Either the chart opens, or the one answer Finn pasient gives whoever the number belongs to.
  await expect(
    page
      .getByRole("heading", { level: 1, name: CITIZEN })
      .or(page.getByRole("main").getByRole("alert")),
  ).toBeVisible();
  return { page, close: () => page.context().close() };
}

test("a citizen blocks her GP, the GP is refused, and lifting the block lets the GP in again", async ({
  page,
  axe,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAsCitizen(page, CITIZEN, "/for/meg/innsynslogg");
  await page.getByRole("link", { name: "Sperr helsepersonell" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sperr helsepersonell" })).toBeVisible();
  await expect(page.getByText("Du har ikke sperret noen.")).toBeVisible();
  await axe("sperring");

  await test.step("pressing Sperr without a choice says what to do", async () => {
    await page.getByRole("button", { name: "Sperr", exact: true }).click();
    await expect(page.getByRole("region", { name: "Dette må rettes" })).toContainText(
      "Velg hvem du vil sperre.",
    );
    await axe("sperring: feil");
  });

  const option = (
    await page.getByLabel("Velg helsepersonell").locator("option").allTextContents()
  ).find((o) => o.startsWith(`${GP},`));
  expect(option, "the GP is offered").toBeDefined();
  await page.getByLabel("Velg helsepersonell").selectOption({ label: option! });
  await page.getByRole("button", { name: "Sperr", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Sperringen er registrert.");
  await expect(page.getByRole("button", { name: `Opphev sperringen for ${GP}` })).toBeVisible();
  await axe("sperring: registrert");

  await test.step("the GP can neither open the record nor take emergency access", async () => {
    const gp = await gpOpensPatient(browser);
    await expect(gp.page.getByRole("heading", { level: 1, name: CITIZEN })).toHaveCount(0);
    // The same answer as for an unknown number: the block itself is not revealed...
    await expect(gp.page.getByRole("main").getByRole("alert")).toContainText(
      "Du kan ikke åpne journalen til noen med dette fødselsnummeret.",
    );
    // ...and emergency access is refused like it would be for an unknown number.
    await gp.page
      .getByLabel("Hvorfor trenger du tilgang nå?")
      .fill("Pasienten er bevisstløs på legevakten");
    await gp.page.getByRole("button", { name: "Ta nødtilgang" }).click();
    await expect(gp.page.getByRole("region", { name: "Dette må rettes" })).toContainText(
      "Nødtilgang ble ikke gitt for dette fødselsnummeret.",
    );
    await expect(gp.page.getByRole("heading", { level: 1, name: CITIZEN })).toHaveCount(0);
    await gp.close();
  });

  await page.getByRole("button", { name: `Opphev sperringen for ${GP}` }).click();
  await expect(page.getByRole("status")).toContainText("Sperringen er opphevet.");
  await expect(page.getByText("Du har ikke sperret noen.")).toBeVisible();

  await test.step("after the block is lifted, the GP opens the record by care relation", async () => {
    const gp = await gpOpensPatient(browser);
    await expect(gp.page.getByRole("heading", { level: 1, name: CITIZEN })).toBeVisible();
    await gp.close();
  });
});
