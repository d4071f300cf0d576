// A GP looks up a patient their unit has no care relation with: refused, then takes emergency access
// with a reason, sees the chart; the patient sees the emergency access (not the reason) in the log.
import {
  expect,
  nationalIdOf,
  signInAsCitizen,
  signInAsClinician,
  signOut,
  test,
} from "./fixtures";

const GP = "Lise Berg";
// Henrik Solberg's GP is the other office: Lise Berg's unit has no care relation with him.
const PATIENT = "Henrik Solberg";
// A valid synthetic number nobody in the demo region has (1 January 1900).
const UNKNOWN = "01810000186";
const NO_ACCESS =
  "Du kan ikke åpne journalen til noen med dette fødselsnummeret. Enheten din har ingen behandlingsrelasjon som gir tilgang, eller det finnes ingen pasient du kan se med dette nummeret.";

test("a GP without a care relation takes emergency access with a reason; the patient sees it in the log", async ({
  page,
  axe,
}) => {
  test.setTimeout(120_000);
  const reason = "Pasienten er bevisstløs på legevakten, trenger oversikt over siste behandling";
  await signInAsClinician(page, GP);
  await page
    .getByRole("navigation", { name: "Hovedmeny" })
    .getByRole("link", { name: "Finn pasient" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Finn pasient" })).toBeVisible();
  await axe("finn pasient");

  await test.step("a wrong number gets a clear message and is kept", async () => {
    await page.getByLabel("Fødselsnummer (11 siffer)").fill("1234567890");
    await page.getByRole("button", { name: "Finn pasient" }).click();
    await expect(page.getByText("Fødselsnummeret må ha 11 siffer.")).toBeVisible();
    await expect(page.getByLabel("Fødselsnummer (11 siffer)")).toHaveValue("1234567890");
    await axe("finn pasient: feil");
  });

  await test.step("a patient of her own office opens at once, by care relation", async () => {
    await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalIdOf("Kari Nordmann"));
    await page.getByRole("button", { name: "Finn pasient" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Kari Nordmann" })).toBeVisible();
    await expect(
      page.getByRole("definition").filter({ hasText: "Behandlingsrelasjon" }),
    ).toBeVisible();
    await expect(page.getByRole("status")).toHaveCount(0);
    await axe("pasient med behandlingsrelasjon");
    await page.getByRole("link", { name: "Finn en annen pasient" }).click();
  });

  await test.step("an unknown number and a patient without a care relation get the same answer", async () => {
    await page.getByLabel("Fødselsnummer (11 siffer)").fill(UNKNOWN);
    await page.getByRole("button", { name: "Finn pasient" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(NO_ACCESS);
    await expect(page.getByRole("heading", { level: 2, name: "Nødtilgang" })).toBeVisible();
    await axe("finn pasient: ukjent");
  });

  await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalIdOf(PATIENT));
  await page.getByRole("button", { name: "Finn pasient" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(NO_ACCESS);
  await expect(page.getByRole("heading", { level: 1, name: "Finn pasient" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Nødtilgang" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(PATIENT);
  await axe("ingen behandlingsrelasjon");

  await test.step("a reason that is too short is refused and kept", async () => {
    await page.getByLabel("Hvorfor trenger du tilgang nå?").fill("Akutt");
    await page.getByRole("button", { name: "Ta nødtilgang" }).click();
    await expect(page.getByRole("region", { name: "Dette må rettes" })).toContainText(
      "Skriv en begrunnelse på minst 10 tegn.",
    );
    await expect(page.getByLabel("Hvorfor trenger du tilgang nå?")).toHaveValue("Akutt");
    await axe("nødtilgang: feil");
  });

  await page.getByLabel("Hvorfor trenger du tilgang nå?").fill(reason);
  await page.getByRole("button", { name: "Ta nødtilgang" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PATIENT })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Du har nødtilgang til denne pasienten");
  await expect(page.getByRole("heading", { level: 2, name: "Timer" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Journalnotater" })).toBeVisible();
  await axe("pasient med nødtilgang");
  await signOut(page);

  await test.step("the patient sees the lookup and the emergency access in the log, without the reason", async () => {
    await signInAsCitizen(page, PATIENT, "/for/meg/innsynslogg");
    const main = page.getByRole("main");
    await expect(main).toContainText(GP);
    await expect(main).toContainText("Nødtilgang");
    await expect(
      main
        .getByRole("listitem")
        .filter({ hasText: "slo deg opp med fødselsnummeret ditt i Finn pasient" })
        .first(),
    ).toBeVisible();
    await expect(main).not.toContainText(reason);
    await axe("innsynslogg med nødtilgang");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("finding a patient and taking emergency access work with plain forms", async ({ page }) => {
    await signInAsClinician(page, GP, "/behandler/pasient");
    await page.getByLabel("Fødselsnummer (11 siffer)").fill("12345678901");
    await page.getByRole("button", { name: "Finn pasient" }).click();
    await expect(page.getByText("Dette er ikke et gyldig fødselsnummer.")).toBeVisible();
    await expect(page.getByLabel("Fødselsnummer (11 siffer)")).toHaveValue("12345678901");
    await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalIdOf("Randi Strand"));
    await page.getByRole("button", { name: "Finn pasient" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(NO_ACCESS);
    await page.getByLabel("Hvorfor trenger du tilgang nå?").fill("Akutt");
    await page.getByRole("button", { name: "Ta nødtilgang" }).click();
    // Without JavaScript the refused reason comes back with the form, for the same number.
    await expect(page.getByRole("region", { name: "Dette må rettes" })).toContainText(
      "Skriv en begrunnelse på minst 10 tegn.",
    );
    await page
      .getByLabel("Hvorfor trenger du tilgang nå?")
      .fill("Innlagt akutt med brystsmerter, trenger tidligere timer");
    await page.getByRole("button", { name: "Ta nødtilgang" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Randi Strand" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Du har nødtilgang til denne pasienten");
  });
});
