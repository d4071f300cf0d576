// Journey 3: a relative, under a proxy grant, acts for the person; the person sees it in the access
// log and ends the grant. Plus: two tabs acting for two people never mix.
import type { Browser, Page } from "@playwright/test";
import { demoRegion, type DemoCitizenKey } from "@/prisma/seed/demo-people";
import { expect, expectAccessible, signInAsCitizen, test } from "./fixtures";

const PER = "Per Hansen";

// The documented demo people, by their synthetic national ids (the seed's pure function; the ids
// change only on New Year's Day).
const people = demoRegion().citizens;
const nationalId = (key: DemoCitizenKey) => people[key].nationalId;

/** Signs in (server-side, the journey is not about signing in); lands on the person's Forside. */
async function signIn(page: Page, key: DemoCitizenKey): Promise<void> {
  const { givenName, familyName } = people[key];
  await signInAsCitizen(page, `${givenName} ${familyName}`);
}

async function newSignedInPage(browser: Browser, key: DemoCitizenKey): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, key);
  return page;
}

/** Matches a page whose path (and nothing after it) is `path`. */
const atPath = (path: string) =>
  new RegExp(`^[^?#]*${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

const banner = (page: Page) =>
  page.getByRole("region", { name: "Du handler på vegne av en annen" });
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Hovedmeny" });
/** A menu entry, link or "(kommer)" text alike. */
const navEntry = (page: Page, label: string) =>
  mainNav(page)
    .getByRole("listitem")
    .filter({ hasText: new RegExp(`^${label}`) });
/** An access log entry, by its sentence. */
const logEntry = (page: Page, sentence: string | RegExp) =>
  page.getByRole("main").getByRole("listitem").filter({ hasText: sentence });

async function chooseToActFor(page: Page, name: string): Promise<string> {
  return test.step(`act for ${name}`, async () => {
    await page.goto("/velg-person");
    await expect(
      page.getByRole("heading", { level: 1, name: "Hvem vil du bruke HelsaMi for?" }),
    ).toBeVisible();
    await expectAccessible(page, "velg-person");
    await page.getByRole("link", { name: `Bruk HelsaMi for ${name}` }).click();
    await expect(page).toHaveURL(/\/for\/[0-9a-f-]{36}$/);
    await expect(banner(page)).toContainText(`på vegne av ${name}`);
    return new URL(page.url()).pathname;
  });
}

test("Per gives Ingrid a proxy, Ingrid acts for him, Per sees it in his log and ends it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ingridNationalId = nationalId("ingridHansen");
  const per = await newSignedInPage(browser, "perHansen");

  await test.step("Per's first try has a wrong family name: refused, typed values kept", async () => {
    await per.goto("/for/meg/fullmakter");
    await expect(per.getByRole("heading", { level: 1, name: "Fullmakter" })).toBeVisible();
    await expectAccessible(per, "fullmakter");
    await per.getByLabel("Fødselsnummer (11 siffer)").fill(ingridNationalId);
    await per.getByLabel("Etternavn").fill("Hanssen");
    await per.getByRole("radio", { name: "Se", exact: true }).check();
    await per.getByRole("checkbox", { name: "Timeavtaler" }).check();
    await per.getByRole("checkbox", { name: "Prøvesvar" }).check();
    await per.getByRole("button", { name: "Gi fullmakt" }).click();
    const problems = per.getByRole("alert").filter({ hasText: "Fullmakten er ikke gitt ennå" });
    await expect(problems).toContainText("Vi kan ikke gi fullmakt til denne personen");
    await expect(per.getByLabel("Fødselsnummer (11 siffer)")).toHaveValue(ingridNationalId);
    await expect(per.getByLabel("Etternavn")).toHaveValue("Hanssen");
    await expect(per.getByRole("radio", { name: "Se", exact: true })).toBeChecked();
    await expect(per.getByRole("checkbox", { name: "Prøvesvar" })).toBeChecked();
    await expectAccessible(per, "fullmakter with errors");
  });

  await test.step("Per corrects the name: Ingrid may see appointments and lab results", async () => {
    await per.getByLabel("Etternavn").fill("Hansen");
    await per.getByRole("button", { name: "Gi fullmakt" }).click();
    await expect(per.getByRole("status")).toContainText("Fullmakten til Ingrid Hansen er gitt");
    const card = per
      .getByRole("listitem")
      .filter({ has: per.getByRole("heading", { name: "Til Ingrid Hansen" }) })
      .first();
    await expect(card).toContainText("Aktiv");
    await expect(card).toContainText("Timeavtaler og Prøvesvar");
  });

  const ingrid = await newSignedInPage(browser, "ingridHansen");
  const perBase = await chooseToActFor(ingrid, PER);

  await test.step("Ingrid's menu for Per shows only what the proxy covers", async () => {
    await expect(mainNav(ingrid).getByRole("link", { name: "Timeavtaler" })).toBeVisible();
    // A section without a page yet is listed as "(kommer)" text rather than a link.
    await expect(navEntry(ingrid, "Prøvesvar")).toHaveCount(1);
    for (const hidden of [
      "Meldinger",
      "Legemidler",
      "Helseopplysninger",
      "Innsynslogg",
      "Fullmakter",
      "Profil",
    ]) {
      await expect(navEntry(ingrid, hidden)).toHaveCount(0);
    }
    await expectAccessible(ingrid, "Per's Forside as Ingrid");
  });

  await test.step("Ingrid opens Per's appointments", async () => {
    await mainNav(ingrid).getByRole("link", { name: "Timeavtaler" }).click();
    await expect(ingrid).toHaveURL(atPath(`${perBase}/timeavtaler`));
    await expect(ingrid.getByRole("heading", { level: 1, name: "Timeavtaler" })).toBeVisible();
    await expect(banner(ingrid)).toContainText(`på vegne av ${PER}`);
    await expectAccessible(ingrid, "Per's Timeavtaler as Ingrid");
  });

  await test.step("Per gives Ingrid more: the give form becomes a change of the grant she holds", async () => {
    await per.goto("/for/meg/fullmakter");
    await per.getByLabel("Fødselsnummer (11 siffer)").fill(ingridNationalId);
    await per.getByLabel("Etternavn").fill("Hansen");
    await per.getByRole("radio", { name: "Se og handle" }).check();
    await per.getByRole("checkbox", { name: "Timeavtaler" }).check();
    await per.getByRole("button", { name: "Gi fullmakt" }).click();
    await expect(
      per.getByRole("heading", { level: 1, name: "Endre fullmakten til Ingrid Hansen" }),
    ).toBeVisible();
    await expect(per.getByRole("main")).toContainText(
      "Ingrid Hansen har allerede en fullmakt fra deg",
    );
    const proposed = per.getByRole("region", { name: "Dette blir endret når du lagrer" });
    await expect(proposed.getByRole("listitem")).toHaveText([
      "Hva personen kan gjøre: fra «Se» til «Se og handle»",
      "Gjelder ikke lenger: Prøvesvar",
    ]);
    // Pre-filled with what Per typed, not with the grant as it is.
    await expect(per.getByRole("radio", { name: "Se og handle" })).toBeChecked();
    await expect(per.getByRole("checkbox", { name: "Prøvesvar" })).not.toBeChecked();
    await expect(per.getByLabel("Fødselsnummer (11 siffer)")).toHaveCount(0);
    await expectAccessible(per, "endre fullmakt");
    const size = per.viewportSize();
    await per.setViewportSize({ width: 320, height: 720 });
    const overflow = await per.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, "horizontal overflow on Endre fullmakt at 320 px").toBeLessThanOrEqual(0);
    if (size) await per.setViewportSize(size);

    // A change without any part of HelsaMi is refused: the summary says so and takes focus.
    await per.getByRole("checkbox", { name: "Timeavtaler" }).uncheck();
    await per.getByRole("button", { name: "Lagre endringene" }).click();
    const problems = per.getByRole("alert").filter({ hasText: "Fullmakten er ikke endret ennå" });
    await expect(problems).toContainText("Velg minst én del av HelsaMi");
    await expect(problems).toBeFocused();
    await expect(per.getByRole("radio", { name: "Se og handle" })).toBeChecked();
    await expectAccessible(per, "endre fullmakt with errors");
    await per.getByRole("checkbox", { name: "Timeavtaler" }).check();

    await per.getByRole("button", { name: "Lagre endringene" }).click();
    await expect(per.getByRole("status")).toContainText("Fullmakten til Ingrid Hansen er endret");
    await expect(per.getByRole("status").getByRole("listitem")).toHaveText([
      "Hva personen kan gjøre: fra «Se» til «Se og handle»",
      "Gjelder ikke lenger: Prøvesvar",
    ]);
    const given = per.getByRole("region", { name: "Fullmakter du har gitt" });
    const cards = given
      .getByRole("listitem")
      .filter({ has: per.getByRole("heading", { name: "Til Ingrid Hansen" }) });
    await expect(cards.filter({ hasText: "Aktiv" })).toHaveCount(1);
    await expect(cards.first()).toContainText("Se og handle");
    await expect(cards.first()).toContainText("Sist endret");
    // The version it replaced is kept, and shown on request.
    await cards.first().getByText("Tidligere versjoner (1)").click();
    await expect(cards.first().getByRole("group").getByRole("listitem")).toHaveText([
      /^Fram til .+: Se, gjaldt Timeavtaler og Prøvesvar, uten siste dag$/,
    ]);
    await expectAccessible(per, "fullmakter after a change");
  });

  await test.step("both Innsynslogger tell who gave and changed the proxy", async () => {
    await per.goto("/for/meg/innsynslogg");
    await expect(logEntry(per, "Du ga Ingrid Hansen fullmakt")).toHaveCount(1);
    await expect(logEntry(per, "Du endret fullmakten til Ingrid Hansen")).toHaveCount(1);
    await ingrid.goto("/for/meg/innsynslogg");
    await expect(ingrid.getByRole("heading", { level: 1, name: "Innsynslogg" })).toBeVisible();
    await expect(logEntry(ingrid, "Per Hansen ga deg fullmakt")).toHaveCount(1);
    await expect(logEntry(ingrid, "Per Hansen endret fullmakten til deg")).toHaveCount(1);
    await expectAccessible(ingrid, "Ingrid's innsynslogg");
    await ingrid.goto(perBase);
    await expect(banner(ingrid)).toContainText(`på vegne av ${PER}`);
  });

  await test.step("Per's proxies and log are his own", async () => {
    await ingrid.goto(`${perBase}/fullmakter`);
    await expect(
      ingrid.getByRole("heading", { level: 1, name: "Fullmakter styres av personen selv" }),
    ).toBeVisible();
    await expect(ingrid.getByRole("button", { name: "Gi fullmakt" })).toHaveCount(0);
    await expectAccessible(ingrid, "fullmakter for someone else");
    await ingrid.goto(`${perBase}/innsynslogg`);
    await expect(
      ingrid.getByRole("heading", { level: 1, name: "Innsynsloggen er bare for personen selv" }),
    ).toBeVisible();
  });

  await test.step("Ingrid sees the proxy she received", async () => {
    await ingrid.goto("/for/meg/fullmakter");
    const card = ingrid
      .getByRole("listitem")
      .filter({ has: ingrid.getByRole("heading", { name: "Fra Per Hansen" }) })
      .first();
    await expect(card).toContainText("Aktiv");
    await expect(
      card.getByRole("link", { name: "Avslutt fullmakten fra Per Hansen" }),
    ).toBeVisible();
  });

  await test.step("Per sees Ingrid's read in his access log", async () => {
    await per.goto("/for/meg/innsynslogg");
    await expect(per.getByRole("heading", { level: 1, name: "Innsynslogg" })).toBeVisible();
    await expect(
      per.getByRole("heading", {
        name: "Du har rett til å vite hvem som har sett opplysningene dine",
      }),
    ).toBeVisible();
    await expect(
      logEntry(per, "Ingrid Hansen (fullmektig) så timeavtalene dine").first(),
    ).toBeVisible();
    await expectAccessible(per, "innsynslogg");
    await per
      .getByLabel("Hvem", { exact: true })
      .selectOption({ label: "Fullmektiger og foreldre" });
    await per.getByRole("button", { name: "Vis" }).click();
    await expect(per).toHaveURL(/hvem=fullmektiger/);
    await expect(
      logEntry(per, "Ingrid Hansen (fullmektig) så timeavtalene dine").first(),
    ).toBeVisible();
    await expect(logEntry(per, /Du så /)).toHaveCount(0);
    await expectAccessible(per, "innsynslogg filtered");
  });

  await test.step("Per ends the proxy, after a confirmation step", async () => {
    await per.goto("/for/meg/fullmakter");
    await per.getByRole("link", { name: "Avslutt fullmakten til Ingrid Hansen" }).first().click();
    await expect(
      per.getByRole("heading", { level: 1, name: "Vil du avslutte fullmakten?" }),
    ).toBeVisible();
    await expectAccessible(per, "confirm end");
    await per.getByRole("button", { name: "Ja, avslutt fullmakten" }).click();
    await expect(per.getByRole("status")).toContainText("Fullmakten er avsluttet");
    const card = per
      .getByRole("listitem")
      .filter({ has: per.getByRole("heading", { name: "Til Ingrid Hansen" }) })
      .first();
    await expect(card).toContainText("Avsluttet av deg");
    await expect(card.getByRole("link", { name: /Avslutt/ })).toHaveCount(0);
  });

  await test.step("Ingrid's next request for Per's page is refused", async () => {
    await ingrid.goto(`${perBase}/timeavtaler`);
    await expect(
      ingrid.getByRole("heading", { level: 1, name: "Vi fant ikke siden" }),
    ).toBeVisible();
    await expect(ingrid.getByRole("main")).not.toContainText("Per Hansen");
    await ingrid.goto("/for/meg/fullmakter");
    const card = ingrid
      .getByRole("listitem")
      .filter({ has: ingrid.getByRole("heading", { name: "Fra Per Hansen" }) })
      .first();
    await expect(card).toContainText("Avsluttet av Per Hansen");
    await ingrid.goto("/for/meg/innsynslogg");
    await expect(logEntry(ingrid, "Per Hansen avsluttet fullmakten til deg")).toHaveCount(1);
  });

  await per.context().close();
  await ingrid.context().close();
});

test("two tabs acting for two people never mix", async ({ page, context }) => {
  await signIn(page, "kari");
  const other = await context.newPage();
  const emmaBase = await chooseToActFor(other, "Emma Nordmann");

  await test.step("each tab keeps its own person after a reload", async () => {
    await page.reload();
    await expect(page).toHaveURL(/\/for\/meg$/);
    await expect(banner(page)).toHaveCount(0);
    await other.reload();
    await expect(other).toHaveURL(atPath(emmaBase));
    await expect(banner(other)).toContainText("på vegne av Emma Nordmann");
  });

  await test.step("and after navigating in both", async () => {
    await mainNav(other).getByRole("link", { name: "Timeavtaler" }).click();
    await expect(other).toHaveURL(atPath(`${emmaBase}/timeavtaler`));
    await mainNav(page).getByRole("link", { name: "Timeavtaler" }).click();
    await expect(page).toHaveURL(atPath("/for/meg/timeavtaler"));
    await expect(banner(page)).toHaveCount(0);
    await other.reload();
    await expect(banner(other)).toContainText("på vegne av Emma Nordmann");
    await expect(other.getByRole("heading", { level: 1, name: "Timeavtaler" })).toBeVisible();
    await page.goto("/for/meg/innsynslogg");
    await expect(page.getByRole("heading", { level: 1, name: "Innsynslogg" })).toBeVisible();
    await other.goto(`${emmaBase}/innsynslogg`);
    await expect(
      other.getByRole("heading", { level: 1, name: "Innsynsloggen til Emma Nordmann" }),
    ).toBeVisible();
    await expectAccessible(other, "Emma's innsynslogg as Kari");
  });
});

test("proxy, chooser and access-log pages reflow at 320 px without sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await signIn(page, "kari");
  for (const path of ["/for/meg/fullmakter", "/for/meg/innsynslogg", "/velg-person"]) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: test.info().outputPath(`${path.replaceAll("/", "_")}-320.png`),
        fullPage: true,
      });
      await expectAccessible(page, `${path} at 320 px`);
    });
  }
});

test("giving and ending a proxy works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "marteBerntsen");
  await page.goto("/for/meg/fullmakter");

  await test.step("a refusal keeps what was typed", async () => {
    await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalId("henrikSolberg"));
    await page.getByLabel("Etternavn").fill("Solberg");
    await page.getByRole("radio", { name: "Se og handle" }).check();
    await page.getByRole("button", { name: "Gi fullmakt" }).click();
    await expect(page.getByRole("alert")).toContainText("Velg minst én del av HelsaMi");
    await expect(page.getByLabel("Fødselsnummer (11 siffer)")).toHaveValue(
      nationalId("henrikSolberg"),
    );
    await expect(page.getByRole("radio", { name: "Se og handle" })).toBeChecked();
  });

  await test.step("with all categories it is given", async () => {
    await page.getByRole("checkbox", { name: "Alle", exact: true }).check();
    await page.getByRole("button", { name: "Gi fullmakt" }).click();
    await expect(page.getByRole("status")).toContainText("Fullmakten til Henrik Solberg er gitt");
  });

  await test.step("changed to see only, the form pre-filled with the grant as it is", async () => {
    await page.getByRole("link", { name: "Endre fullmakten til Henrik Solberg" }).first().click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Endre fullmakten til Henrik Solberg" }),
    ).toBeVisible();
    await expect(page.getByRole("radio", { name: "Se og handle" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Alle", exact: true })).toBeChecked();
    await page.getByRole("radio", { name: "Se", exact: true }).check();
    await page.getByRole("button", { name: "Lagre endringene" }).click();
    await expect(page.getByRole("status")).toContainText("Fullmakten til Henrik Solberg er endret");
    await expect(page.getByRole("status")).toContainText(
      "Hva personen kan gjøre: fra «Se og handle» til «Se»",
    );
  });

  await test.step("giving again to Henrik opens the change of the grant he holds", async () => {
    await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalId("henrikSolberg"));
    await page.getByLabel("Etternavn").fill("Solberg");
    await page.getByRole("radio", { name: "Se og skrive meldinger" }).check();
    await page.getByRole("checkbox", { name: "Meldinger" }).check();
    await page.getByRole("button", { name: "Gi fullmakt" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Endre fullmakten til Henrik Solberg" }),
    ).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Dette blir endret når du lagrer" }),
    ).toContainText("Hva personen kan gjøre: fra «Se» til «Se og skrive meldinger»");
    await expect(page.getByRole("checkbox", { name: "Meldinger" })).toBeChecked();
    await page.getByRole("link", { name: "Avbryt og gå tilbake" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Fullmakter" })).toBeVisible();
  });

  await test.step("and ended after the confirmation page", async () => {
    await page.getByRole("link", { name: "Avslutt fullmakten til Henrik Solberg" }).first().click();
    await page.getByRole("button", { name: "Ja, avslutt fullmakten" }).click();
    await expect(page.getByRole("status")).toContainText("Fullmakten er avsluttet");
  });
  await context.close();
});
