// The right message, and only when there is one (issue 12 items 16, 18, 19): a made-up time or an
// impossible date says so; the error summary appears only when something must be fixed; the
// clinician's day list reflows at 320 px; publishing over existing times says how many existed.
import type { Page } from "@playwright/test";
import { expect, signInAsCitizen, signInAsClinician, test, uniqueText } from "./fixtures";

// Nobody else's spec books for her, so her appointments are this file's own.
const CITIZEN = "Eirik Strand";
const GP = "Lise Berg";
const UNIT = "Fjordvik legesenter";
const SUMMARY = "Noe må rettes før du kan gå videre";

/** Bestill time as far as step 2 (the first unit offered, the last day with free times). */
async function openBookingStep2(page: Page): Promise<void> {
  await page.goto("/for/meg/timeavtaler/ny");
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Fortsett" }).click();
  await page
    .getByRole("navigation", { name: "Dager med ledige tider" })
    .getByRole("link")
    .last()
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Velg dag og tid" })).toBeVisible();
}

async function expectNoErrorSummary(page: Page, where: string): Promise<void> {
  await expect(
    page.getByRole("region", { name: SUMMARY }),
    `no error summary on ${where}`,
  ).toHaveCount(0);
  await expect(
    page.getByRole("heading", { name: SUMMARY }),
    `no error heading on ${where}`,
  ).toHaveCount(0);
}

test("a made-up time and impossible dates say so, and forms show no error summary before anything is wrong", async ({
  page,
  axe,
}) => {
  test.setTimeout(150_000);
  await signInAsCitizen(page, CITIZEN);
  await openBookingStep2(page);
  const step2 = new URL(page.url());

  await test.step("a made-up time does not exist (it was not 'just taken')", async () => {
    const url = new URL(step2);
    url.searchParams.set("tid", "not-a-uuid");
    await page.goto(url.pathname + url.search);
    const summary = page.getByRole("region", { name: SUMMARY });
    await expect(summary).toContainText("Denne tiden finnes ikke.");
    await expect(summary).not.toContainText("nettopp tatt");
    await axe("bestill: tiden finnes ikke");
    // A well-formed id that is no time at this unit, likewise.
    url.searchParams.set("tid", "00000000-0000-4000-8000-000000000000");
    await page.goto(url.pathname + url.search);
    await expect(page.getByRole("region", { name: SUMMARY })).toContainText(
      "Denne tiden finnes ikke.",
    );
  });

  for (const day of ["2026-02-30", "99999-01-01"]) {
    await test.step(`an impossible date (${day}) is named, not silently replaced`, async () => {
      const url = new URL(step2);
      url.searchParams.set("dag", day);
      await page.goto(url.pathname + url.search);
      await expect(page.getByText(`Datoen «${day}» finnes ikke.`)).toBeVisible();
    });
  }

  const reason = uniqueText("Sår hals");
  await test.step("step 3: no error summary until something is wrong", async () => {
    await page.goto(step2.pathname + step2.search);
    await page
      .getByRole("group", { name: /^Ledige tider:/ })
      .getByRole("radio")
      .first()
      .check();
    await page.getByRole("button", { name: "Fortsett" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Hva gjelder timen?" })).toBeVisible();
    await expectNoErrorSummary(page, "step 3");
    await expect(page.getByLabel("Skriv kort hva du vil ha hjelp med")).not.toBeFocused();
    // Sending without a reason: now there is something to fix, and focus goes there.
    await page.getByRole("button", { name: "Bestill timen" }).click();
    await expect(page.getByRole("region", { name: SUMMARY })).toBeFocused();
    await page.getByLabel("Skriv kort hva du vil ha hjelp med").fill(reason);
    await page.getByRole("button", { name: "Bestill timen" }).click();
    await expect(page.getByRole("status")).toContainText("Timen er bestilt.");
  });
  const appointment = new URL(page.url()).pathname;

  await test.step("Endre tid and Skjema før timen: no error summary on arrival", async () => {
    await page.goto(`${appointment}/endre`);
    await expect(page.getByRole("heading", { level: 1, name: "Endre tid" })).toBeVisible();
    await expectNoErrorSummary(page, "Endre tid");
    await axe("endre tid");
    await page.goto(`${appointment}/skjema`);
    await expect(page.getByRole("button", { name: "Lagre utkast" })).toBeVisible();
    await expectNoErrorSummary(page, "Skjema før timen");
    await page.getByRole("button", { name: "Lagre utkast" }).click();
    await expect(page.getByRole("status")).toContainText("Utkastet er lagret.");
    await expectNoErrorSummary(page, "Skjema før timen after saving a draft");
  });
});

test("the GP's day list with questionnaire answers reflows at 320 px", async ({ page, axe }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAsClinician(page, GP, "/behandler/enhet");
  await page.getByRole("link", { name: `Timeliste for ${UNIT}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Timeliste: ${UNIT}` })).toBeVisible();
  // The seed books the unit's first free times ahead, half of them with answered forms.
  const answers = page.getByRole("group").filter({ hasText: "Vis svar" });
  for (let i = 0; i < 10 && (await answers.count()) === 0; i++) {
    await page
      .getByRole("navigation", { name: "Bytt dag" })
      .getByRole("link", { name: "Neste dag" })
      .click();
    await page.waitForLoadState();
  }
  await expect(answers.first()).toBeVisible();
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow(), "horizontal overflow of the day list").toBeLessThanOrEqual(0);
  await answers.first().click();
  await expect(answers.first().getByRole("term").first()).toBeVisible();
  expect(await overflow(), "horizontal overflow with answers open").toBeLessThanOrEqual(0);
  // Column headings keep whole words: "Pasient" is one line, not a letter a line.
  const heading = page.getByRole("columnheader", { name: "Pasient" });
  const box = await heading.boundingBox();
  const lineHeight = await heading.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(box?.height ?? 0, "the heading 'Pasient' on one line").toBeLessThan(lineHeight * 2 + 16);
  await axe("behandler: timeliste 320 px");
});

test("publishing times over existing ones says how many already existed", async ({ page }) => {
  // Beyond the booking window and away from the other specs' days.
  const day = new Date(Date.now() + 52 * 86_400_000).toISOString().slice(0, 10);
  await signInAsClinician(page, GP, "/behandler/enhet");
  await page.getByRole("link", { name: `Ledige tider for ${UNIT}` }).click();
  const publish = async (startTime: string, count: number) => {
    await page.getByLabel("Dag", { exact: true }).last().fill(day);
    await page.getByLabel("Første time starter").fill(startTime);
    await page.getByLabel("Antall tider").fill(String(count));
    await page.getByLabel("Varighet i minutter").fill("20");
    await page.getByLabel("Type time", { exact: true }).fill("Kontroll");
    await page.getByRole("button", { name: "Legg ut tidene" }).click();
  };
  await publish("13:00", 2);
  await expect(page.getByRole("status")).toContainText("2 nye tider er lagt ut.");
  await publish("13:00", 3);
  await expect(page.getByRole("status")).toContainText("1 ny tid er lagt ut.");
  await expect(page.getByRole("status")).toContainText("2 av 3 tider fantes fra før");
  await expect(page.getByRole("row", { name: /13:00–13:20 Kontroll/ })).toHaveCount(1);
});
