// Issue 17, formal requests: Per Hansen files an innsyn request; Dr. Lise Berg (his GP, Fjordvik
// legesenter) takes it on and answers it from her work list; Per sees the answer. With JavaScript on
// (innsyn, answered) and off (retting, refused: the right to complain to Statsforvalteren is stated).
// A 10,000-character text is refused with a clear message and kept; replayed plain posts from
// another person's session (citizen and clinician) get 404, not 500. axe on every page; 320 px reflow.
import type { Page } from "@playwright/test";
import { DEMO_PERSON_IDS } from "@/prisma/seed/demo-people";
import {
  type Axe,
  axeOfStaticHtml,
  expect,
  expectAccessible,
  newPage,
  signInAsCitizen,
  signInAsClinician,
  test,
  uniqueText,
} from "./fixtures";
import { expectNotFound, plainPost, replay } from "./replay";

const PER = "Per Hansen";
const GP = "Lise Berg";
const GP_UNIT = "Fjordvik legesenter";
const OUTSIDER = "Arne Lie";
/** A nurse in home nursing, where Per is enrolled: she may see Per, but not his GP office's requests. */
const OTHER_UNIT_CLINICIAN = "Anne Johansen";

const errorSummary = (page: Page) => page.getByRole("region", { name: "Dette må rettes" });

async function openFromForside(page: Page, axe: Axe) {
  await test.step("from the Forside to Innsyn og retting, then Ny forespørsel", async () => {
    await page.goto("/for/meg");
    await page.getByRole("link", { name: "Gå til innsyn og retting" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Innsyn og retting" })).toBeVisible();
    await expect(page.getByText("senest innen 30 dager")).toBeVisible();
    await axe("innsyn og retting");
    await page.getByRole("link", { name: "Ny forespørsel" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Ny forespørsel om innsyn eller retting" }),
    ).toBeVisible();
    await axe("ny forespørsel");
  });
}

/** The GP finds the request by what it concerns in her work list and opens it. */
async function openAsGp(gp: Page, axe: Axe, concerns: string) {
  await test.step("the GP opens the request from Innsyn og retting in her menu", async () => {
    await gp
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Innsyn og retting" })
      .click();
    await expect(
      gp.getByRole("heading", { level: 1, name: "Forespørsler om innsyn og retting" }),
    ).toBeVisible();
    await axe("behandler: forespørsler");
    const card = gp.getByRole("main").getByRole("listitem").filter({ hasText: concerns });
    await card.getByRole("link", { name: new RegExp(`^${PER}: `) }).click();
    await expect(
      gp.getByRole("heading", { level: 1, name: new RegExp(`^${PER}: `) }),
    ).toBeVisible();
    await expect(gp.getByRole("definition").filter({ hasText: concerns })).toBeVisible();
    await axe("behandler: forespørsel");
  });
}

test("Per files an innsyn request, Lise Berg takes it on and answers, Per sees the answer", async ({
  page,
  axe,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInAsCitizen(page, PER);
  await openFromForside(page, axe);
  const concerns = uniqueText("Jeg vil ha en kopi av alle notatene fra legesenteret");

  await test.step("sending nothing says what is missing", async () => {
    await page.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(errorSummary(page)).toContainText("Velg hva du vil be om.");
    await expect(errorSummary(page)).toContainText("Velg hvilken enhet forespørselen gjelder.");
    await expect(errorSummary(page)).toContainText("Skriv hva forespørselen gjelder.");
    await axe("ny forespørsel: feil");
  });

  await test.step("a 10,000-character text gets a clear message, nothing is stored, and the text is kept", async () => {
    await page.getByRole("radio", { name: "Innsyn: få en kopi av journalen" }).check();
    await page.getByLabel("Hvilken enhet gjelder det?").selectOption({ label: GP_UNIT });
    const field = page.getByLabel("Hva gjelder det?");
    // The field stops typing at 4,000; a pasted or scripted text can still be longer, so the server decides.
    await field.evaluate((el) => el.removeAttribute("maxlength"));
    const long = "a".repeat(10_000);
    await field.fill(long);
    // Numbers are written the Norwegian way ("6 000", with a narrow space).
    await expect(page.getByText(/^6\s000 tegn for mye$/)).toBeVisible();
    await page.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(errorSummary(page)).toContainText(/Teksten er for lang: høyst 4\s?000 tegn\./);
    await expect(page.getByLabel("Hva gjelder det?")).toHaveValue(long);
    await expect(
      page.getByRole("radio", { name: "Innsyn: få en kopi av journalen" }),
    ).toBeChecked();
  });

  await test.step("Per sends it", async () => {
    await page.getByLabel("Hva gjelder det?").fill(concerns);
    await page.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(page.getByRole("status")).toContainText(
      `Forespørselen er sendt til ${GP_UNIT}. Du får svar senest`,
    );
    await expect(
      page.getByRole("heading", { level: 1, name: `Innsyn – ${GP_UNIT}` }),
    ).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Mottatt" }).first()).toBeVisible();
    await expect(page.getByText("Du har ikke fått svar ennå.")).toBeVisible();
    await axe("forespørsel: sendt");
  });
  const requestPath = new URL(page.url()).pathname;

  const gp = await newPage(browser);
  await signInAsClinician(gp, GP);
  await openAsGp(gp, axe, concerns);
  await test.step("the GP marks it as being handled; Per sees that", async () => {
    await gp.getByRole("button", { name: "Marker som under behandling" }).click();
    await expect(gp.getByRole("status")).toContainText(
      "Forespørselen er markert som under behandling.",
    );
    await page.goto(requestPath);
    await expect(
      page.getByRole("definition").filter({ hasText: "Under behandling" }),
    ).toBeVisible();
  });
  const answer = uniqueText("Kopien av notatene er sendt til din digitale postkasse");
  await test.step("the GP answers, first forgetting to choose", async () => {
    await gp.getByLabel("Svar eller begrunnelse").fill(answer);
    await gp.getByRole("button", { name: "Send svaret" }).click();
    await expect(errorSummary(gp)).toContainText("Velg hva svaret er.");
    await expect(gp.getByLabel("Svar eller begrunnelse")).toHaveValue(answer);
    await axe("behandler: svar mangler valg");
    await gp.getByRole("radio", { name: "Innsyn gitt" }).check();
    await gp.getByRole("button", { name: "Send svaret" }).click();
    await expect(gp.getByRole("status")).toContainText("Svaret er sendt.");
    await expect(gp.getByText(answer)).toBeVisible();
    await axe("behandler: besvart");
  });
  await gp.context().close();

  await test.step("Per sees the answer, who gave it, and the history", async () => {
    await page.goto(requestPath);
    await expect(page.getByRole("definition").filter({ hasText: "Besvart" })).toBeVisible();
    await expect(page.getByText(answer)).toBeVisible();
    await expect(page.getByText(new RegExp(`Svar fra ${GP}, ${GP_UNIT}`))).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: `Besvart av ${GP}` })).toBeVisible();
    await axe("forespørsel: besvart");
    await page.getByRole("link", { name: "Tilbake til innsyn og retting" }).click();
    await expect(
      page.getByRole("main").getByRole("listitem").filter({ hasText: "Besvart" }).first(),
    ).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test("Per asks for a correction with plain forms; Lise Berg refuses with a reason; Per is told he can complain", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const page = await newPage(browser, { javaScriptEnabled: false });
    const axe = axeOfStaticHtml(page, browser);
    await signInAsCitizen(page, PER);
    await openFromForside(page, axe);
    const concerns = uniqueText("I notatet fra mars står det at jeg har diabetes");

    await test.step("a correction without what it should say is explained, and what was typed is kept", async () => {
      await page.getByRole("radio", { name: "Retting: noe i journalen er feil" }).check();
      await page.getByLabel("Hvilken enhet gjelder det?").selectOption({ label: GP_UNIT });
      await page.getByLabel("Hva gjelder det?").fill(concerns);
      await page.getByLabel("Hvorfor? (valgfritt for innsyn)").fill("Jeg har aldri hatt diabetes.");
      await page.getByRole("button", { name: "Send forespørselen" }).click();
      await expect(errorSummary(page)).toContainText("Skriv hva det skal stå i stedet.");
      await expect(page.getByLabel("Hva gjelder det?")).toHaveValue(concerns);
      await expect(page.getByLabel("Hvorfor? (valgfritt for innsyn)")).toHaveValue(
        "Jeg har aldri hatt diabetes.",
      );
      await expect(
        page.getByRole("radio", { name: "Retting: noe i journalen er feil" }),
      ).toBeChecked();
      await axe("ny forespørsel uten JS: feil");
    });
    await page.getByLabel("Bare for retting: hva skal det stå i stedet?").fill("Ingen diabetes.");
    await page.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(page.getByRole("status")).toContainText(`Forespørselen er sendt til ${GP_UNIT}.`);
    await axe("forespørsel uten JS: sendt");
    const requestPath = new URL(page.url()).pathname;

    const gp = await newPage(browser, { javaScriptEnabled: false });
    const gpAxe = axeOfStaticHtml(gp, browser);
    await signInAsClinician(gp, GP);
    await openAsGp(gp, gpAxe, concerns);
    const reason = uniqueText("Diagnosen er satt på grunnlag av blodprøvene fra mars og er riktig");
    await gp.getByRole("radio", { name: "Avslått, med begrunnelse" }).check();
    await gp.getByLabel("Svar eller begrunnelse").fill(reason);
    await gp.getByRole("button", { name: "Send svaret" }).click();
    await expect(gp.getByRole("status")).toContainText("Svaret er sendt.");
    await gpAxe("behandler uten JS: avslått");
    await gp.context().close();

    await page.goto(requestPath);
    await expect(
      page.getByRole("heading", { level: 2, name: "Forespørselen er avslått" }),
    ).toBeVisible();
    await expect(page.getByText(reason)).toBeVisible();
    await expect(page.getByText(/klage til Statsforvalteren/)).toBeVisible();
    await axe("forespørsel uten JS: avslått");
    await page.context().close();
  });
});

test("replayed plain posts from another person's session get 404 and store or change nothing", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const per = await newPage(browser, { javaScriptEnabled: false });
  await signInAsCitizen(per, PER);
  const concerns = uniqueText("Filed by someone else's replay");

  await test.step("a citizen replays Per's filing form with Per's id", async () => {
    await per.goto("/for/meg/helseopplysninger/foresporsler/ny");
    const form = per
      .locator("form")
      .filter({ has: per.getByRole("button", { name: "Send forespørselen" }) });
    const unitId =
      (await form
        .getByLabel("Hvilken enhet gjelder det?")
        .getByRole("option", { name: GP_UNIT })
        .getAttribute("value")) ?? "";
    const fields = await plainPost(form, {
      subject: DEMO_PERSON_IDS.perHansen,
      kind: "ACCESS",
      unitId,
      concerns,
    });
    const outsider = await newPage(browser, { javaScriptEnabled: false });
    await signInAsCitizen(outsider, OUTSIDER);
    await expectNotFound(
      outsider,
      await replay(outsider, "/for/meg/helseopplysninger/foresporsler/ny", fields),
    );
    await outsider.context().close();
    await per.goto("/for/meg/helseopplysninger/foresporsler");
    await expect(per.getByRole("heading", { level: 1, name: "Innsyn og retting" })).toBeVisible();
    await per.goto("/for/meg/helseopplysninger/foresporsler/ny");
  });

  let requestPath = "";
  await test.step("Per files one for real", async () => {
    await per.getByRole("radio", { name: "Innsyn: få en kopi av journalen" }).check();
    await per.getByLabel("Hvilken enhet gjelder det?").selectOption({ label: GP_UNIT });
    await per.getByLabel("Hva gjelder det?").fill(uniqueText("Kopi av epikrisen"));
    await per.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(per.getByRole("status")).toContainText("Forespørselen er sendt");
    requestPath = new URL(per.url()).pathname;
  });

  await test.step("another citizen opening Per's request by id gets not found", async () => {
    const outsider = await newPage(browser);
    await signInAsCitizen(outsider, OUTSIDER);
    const id = requestPath.split("/").pop() ?? "";
    const response = await outsider.goto(`/for/meg/helseopplysninger/foresporsler/${id}`);
    expect(response?.status()).toBe(404);
    await expect(
      outsider.getByRole("heading", { level: 1, name: "Vi fant ikke siden" }),
    ).toBeVisible();
    await outsider.goto(
      `/for/meg/helseopplysninger/foresporsler/00000000-0000-4000-8000-000000000000`,
    );
    await expect(
      outsider.getByRole("heading", { level: 1, name: "Vi fant ikke siden" }),
    ).toBeVisible();
    await outsider.context().close();
  });

  await test.step("a clinician of another unit replays the GP's answer form", async () => {
    const gp = await newPage(browser, { javaScriptEnabled: false });
    await signInAsClinician(gp, GP);
    const id = requestPath.split("/").pop() ?? "";
    const gpPath = `/behandler/foresporsler/${DEMO_PERSON_IDS.perHansen}/${id}`;
    await gp.goto(gpPath);
    const form = gp
      .locator("form")
      .filter({ has: gp.getByRole("button", { name: "Send svaret" }) });
    const fields = await plainPost(form, { outcome: "REFUSED", answer: "Not yours to answer" });
    const nurse = await newPage(browser, { javaScriptEnabled: false });
    await signInAsClinician(nurse, OTHER_UNIT_CLINICIAN);
    await expectNotFound(nurse, await replay(nurse, gpPath, fields));
    const page = await nurse.goto(gpPath);
    expect(page?.status()).toBe(404);
    await nurse.context().close();
    await gp.reload();
    await expect(gp.getByRole("definition").filter({ hasText: "Mottatt" })).toBeVisible();
    await expect(gp.getByRole("button", { name: "Send svaret" })).toBeVisible();
    await gp.context().close();
  });
  await per.context().close();
});

test("the formal request pages reflow at 320 px", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 800 });
  const noSidewaysScroll = async (p: Page, label: string) => {
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
    await expectAccessible(p, `${label} at 320 px`);
  };
  // Kari's seeded innsyn request is answered.
  await signInAsCitizen(page, "Kari Nordmann");
  for (const path of [
    "/for/meg/helseopplysninger/foresporsler",
    "/for/meg/helseopplysninger/foresporsler/ny",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await noSidewaysScroll(page, path);
  }
  await page.goto("/for/meg/helseopplysninger/foresporsler");
  await page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Svar" })).toBeVisible();
  await noSidewaysScroll(page, "an answered request");

  const gp = await newPage(browser);
  await gp.setViewportSize({ width: 320, height: 800 });
  await signInAsClinician(gp, GP, "/behandler/foresporsler");
  await expect(
    gp.getByRole("heading", { level: 1, name: "Forespørsler om innsyn og retting" }),
  ).toBeVisible();
  await noSidewaysScroll(gp, "/behandler/foresporsler");
  await gp.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link").first().click();
  await expect(gp.getByRole("heading", { level: 2, name: "Svar til pasienten" })).toBeVisible();
  await noSidewaysScroll(gp, "a request in the work list");
  await gp.context().close();
});
