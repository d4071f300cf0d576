// Journey 1: a citizen books an appointment, prepares for it with the questionnaire, changes the
// time and cancels it; the GP at the unit sees the booking and the answers in the day list.
// Independent of today's date: the tests pick days and times from what the pages offer.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
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

const CITIZEN = "Kari Nordmann";
const OTHER_CITIZEN = "Ola Nordmann";
const GP = "Lise Berg";
const UNIT = "Fjordvik legesenter";

/** Timeavtaler → Bestill time → the GP office → the last day offered (far enough ahead to change
 * and cancel online) → step 2 is shown. */
async function startBooking(
  page: Page,
  axe: Axe,
  subject = "meg",
  unit: { group: string; radio: string } = { group: UNIT, radio: UNIT },
): Promise<void> {
  await test.step(`open Bestill time and choose ${unit.radio}`, async () => {
    await page.goto(`/for/${subject}/timeavtaler`);
    await expect(page.getByRole("heading", { level: 1, name: "Timeavtaler" })).toBeVisible();
    await axe("timeavtaler");
    await page.getByRole("link", { name: "Bestill time" }).click();
    await expect(
      page.getByRole("heading", { level: 2, name: "Hvor vil du bestille time?" }),
    ).toBeVisible();
    await axe("bestill: steg 1");
    await page
      .getByRole("group", { name: unit.group })
      .getByRole("radio", { name: unit.radio })
      .check();
    await page.getByRole("button", { name: "Fortsett" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Velg dag og tid" })).toBeVisible();
  });
  await test.step("choose the last day with free times", async () => {
    const days = page.getByRole("navigation", { name: "Dager med ledige tider" }).getByRole("link");
    await expect(days.first()).toBeVisible();
    await days.last().click();
    await expect(days.last()).toHaveAttribute("aria-current", "page");
    await axe("bestill: steg 2");
  });
}

/** Picks the first free time of the day and goes on to step 3. */
/** The first time offered under "Ledige tider". */
function firstFreeTime(page: Page) {
  return page
    .getByRole("group", { name: /^Ledige tider:/ })
    .getByRole("radio")
    .first();
}

/** "Endre tid": moves the appointment to the first time offered. */
async function moveToFirstFreeTime(page: Page): Promise<void> {
  await firstFreeTime(page).check();
  await page.getByRole("button", { name: "Bytt til valgt tid" }).click();
}

async function chooseFirstTime(page: Page): Promise<void> {
  await firstFreeTime(page).check();
  await page.getByRole("button", { name: "Fortsett" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Hva gjelder timen?" })).toBeVisible();
}

/**
 * The citizen and another both open step 3 for the same (first free) time on the same day, and the
 * other books it first. Returns the id of the time the citizen lost.
 */
async function loseFirstTimeToOtherCitizen(
  page: Page,
  browser: Browser,
  axe: Axe,
): Promise<string | null> {
  const other = await newPage(browser);
  await signInAsCitizen(other, OTHER_CITIZEN);
  await signInAsCitizen(page, CITIZEN);
  await startBooking(page, axe);
  await chooseFirstTime(page);
  const taken = new URL(page.url()).searchParams.get("tid");
  await startBooking(other, async () => {});
  await chooseFirstTime(other);
  await test.step("the other citizen books it first", async () => {
    await confirmBooking(other, uniqueText("Kontroll"));
    await other.context().close();
  });
  return taken;
}

async function confirmBooking(page: Page, reason: string): Promise<void> {
  await page.getByLabel("Skriv kort hva du vil ha hjelp med").fill(reason);
  await page.getByRole("button", { name: "Bestill timen" }).click();
  await expect(page.getByRole("status")).toContainText("Timen er bestilt.");
  await expect(page.getByRole("definition").filter({ hasText: reason })).toBeVisible();
}

/** The "Når" value on an appointment page, e.g. "fredag 18. desember 2026 kl. 09:20–09:40". */
async function whenText(page: Page): Promise<string> {
  const when = page.getByRole("definition").first();
  return (await when.textContent())?.trim() ?? "";
}

/** The Oslo day and start time of the appointment, read from its .ics file. */
async function downloadCalendar(page: Page): Promise<{ ics: string; day: string; time: string }> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Legg til i kalender" }).click();
  const file = await download;
  const ics = await readFile(await file.path(), "utf8");
  const match = /DTSTART;TZID=Europe\/Oslo:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})00/.exec(ics);
  expect(match, `no local DTSTART in\n${ics}`).not.toBeNull();
  const [, y, m, d, hh, mm] = match as unknown as [string, string, string, string, string, string];
  return { ics, day: `${y}-${m}-${d}`, time: `${hh}:${mm}` };
}

/** "fredag 18. desember 2026" for 2026-12-18, as the portal writes dates. */
function norwegianDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat("nb-NO", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

async function newSignedInClinicianPage(browser: Browser): Promise<Page> {
  const page = await newPage(browser);
  await signInAsClinician(page, GP);
  return page;
}

test("a citizen books, adds to calendar, answers the form, changes the time and cancels; the GP sees it", async ({
  page,
  axe,
  browser,
}) => {
  test.setTimeout(180_000);
  const reason = uniqueText("Vondt i skulderen");
  await signInAsCitizen(page, CITIZEN);
  await startBooking(page, axe);
  await chooseFirstTime(page);
  await axe("bestill: steg 3");
  await test.step("confirm the booking", async () => {
    await confirmBooking(page, reason);
    await axe("timen: bestilt");
  });

  await test.step("the calendar file has the local time in Europe/Oslo", async () => {
    const { ics, day, time } = await downloadCalendar(page);
    expect(ics).toContain("TZID=Europe/Oslo");
    expect(ics).toContain("BEGIN:VTIMEZONE");
    // The title names the visit type (issue 12 item 13), not the unit.
    expect(ics).toContain("SUMMARY:Time: Konsultasjon hos fastlege");
    expect(ics).not.toContain(reason.split(" (")[0]);
    const when = await whenText(page);
    expect(when).toContain(norwegianDate(day));
    expect(when).toContain(`kl. ${time}–`);
  });

  await test.step("the front page shows the next appointment", async () => {
    const appointmentUrl = page.url();
    await page.goto("/for/meg");
    const next = page.getByRole("region", { name: "Neste time" });
    await expect(next.getByRole("link", { name: "Se timen" })).toBeVisible();
    await expect(next.getByRole("link", { name: "Se alle timeavtaler" })).toBeVisible();
    await axe("forside med neste time");
    await page.goto(appointmentUrl);
  });

  await test.step("the questionnaire: save a draft", async () => {
    await expect(page.getByRole("region", { name: "Skjema før timen" })).toContainText(
      "Skjema ikke besvart",
    );
    await page.getByRole("link", { name: "Fyll ut skjemaet" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Før timen hos fastlegen" }),
    ).toBeVisible();
    await axe("skjema");
    await page.getByRole("group", { name: /feber/ }).getByRole("radio", { name: "Nei" }).check();
    await page.getByRole("button", { name: "Lagre utkast" }).click();
    await expect(page.getByRole("status")).toContainText("Utkastet er lagret.");
  });

  await test.step("the questionnaire: a missing answer is explained, the typed answers stay", async () => {
    await page.getByRole("button", { name: "Send inn" }).click();
    const summary = page.getByRole("region", { name: "Noe må rettes før du kan gå videre" });
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole("link", { name: /Har du hoste nå\? Svar på dette spørsmålet\./ }),
    ).toBeVisible();
    await expect(
      page.getByRole("group", { name: /feber/ }).getByRole("radio", { name: "Nei" }),
    ).toBeChecked();
    await axe("skjema: feil");
  });

  await test.step("the questionnaire: send it in and see the answers", async () => {
    await page
      .getByRole("group", { name: "Har du hoste nå?" })
      .getByRole("radio", { name: "Ja" })
      .check();
    await page
      .getByRole("group", { name: /medisiner siden sist/ })
      .getByRole("radio", { name: "Nei" })
      .check();
    await page.getByLabel(/vil at vi skal vite/).fill("Tørrhoste om natta.");
    await page.getByRole("button", { name: "Send inn" }).click();
    await expect(page.getByRole("status")).toContainText("Svarene er sendt inn.");
    await expect(page.getByRole("heading", { level: 2, name: "Svarene dine" })).toBeVisible();
    await expect(
      page.getByRole("definition").filter({ hasText: "Tørrhoste om natta." }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Send inn" })).toHaveCount(0);
    await axe("skjema: sendt");
    await page.getByRole("link", { name: "Tilbake til timen" }).click();
    await expect(page.getByRole("region", { name: "Skjema før timen" })).toContainText("Besvart");
  });

  const before = await whenText(page);
  let day = "";
  await test.step("change to another time the same day", async () => {
    await page.getByRole("link", { name: "Endre tid" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Endre tid" })).toBeVisible();
    await axe("endre tid");
    await moveToFirstFreeTime(page);
    await expect(page.getByRole("status")).toContainText("Timen er flyttet til ny tid.");
    const after = await whenText(page);
    expect(after).not.toBe(before);
    // The answers belong to the visit, not the time: they moved along.
    await expect(page.getByRole("region", { name: "Skjema før timen" })).toContainText("Besvart");
    ({ day } = await downloadCalendar(page));
    await axe("timen: endret");
  });

  await test.step("the GP at the unit sees the booking and the answers in the day list", async () => {
    const gp = await newSignedInClinicianPage(browser);
    await gp.goto("/behandler/enhet");
    await expectAccessible(gp, "behandler: enheter");
    await gp.getByRole("link", { name: `Timeliste for ${UNIT}` }).click();
    await expect(gp.getByRole("heading", { level: 1, name: `Timeliste: ${UNIT}` })).toBeVisible();
    await gp.getByLabel("Dag", { exact: true }).fill(day);
    await gp.getByRole("button", { name: "Vis", exact: true }).click();
    const row = gp.getByRole("row", { name: new RegExp(reason.replace(/[()]/g, "\\$&")) });
    await expect(row).toBeVisible();
    await expect(row.getByRole("rowheader")).toContainText(CITIZEN);
    await expectAccessible(gp, "behandler: timeliste");
    await row.getByRole("group").click();
    await expect(
      row.getByRole("definition").filter({ hasText: "Tørrhoste om natta." }),
    ).toBeVisible();
    await expect(row.getByRole("term").filter({ hasText: "Har du hoste nå?" })).toBeVisible();
    await expectAccessible(gp, "behandler: timeliste med svar");
    // From the list to the patient's chart, by the care relation the booking made.
    await row.getByRole("link", { name: CITIZEN }).click();
    await expect(gp.getByRole("heading", { level: 1, name: CITIZEN })).toBeVisible();
    await expect(
      gp.getByRole("row", { name: new RegExp(reason.replace(/[()]/g, "\\$&")) }),
    ).toBeVisible();
    await gp.context().close();
  });

  await test.step("cancel the appointment", async () => {
    await page.getByRole("link", { name: "Avbestill" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Avbestille timen?" })).toBeVisible();
    await axe("avbestill");
    await page.getByLabel(/Hvorfor avbestiller du\?/).fill("Blitt bedre.");
    await page.getByRole("button", { name: "Ja, avbestill timen" }).click();
    await expect(page.getByRole("status")).toContainText("Timen er avbestilt.");
    await expect(page.getByRole("link", { name: "Endre tid" })).toHaveCount(0);
    await axe("timen: avbestilt");
    await page.getByRole("link", { name: "Alle timeavtaler" }).click();
    const past = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("definition").filter({ hasText: "Avbestilt" }) });
    await expect(past.first()).toBeVisible();
  });
});

test("when someone else takes the time first, the citizen picks another and keeps what they wrote", async ({
  page,
  axe,
  browser,
}) => {
  test.setTimeout(120_000);
  const taken = await loseFirstTimeToOtherCitizen(page, browser, axe);

  const reason = uniqueText("Utslett på armen");
  await test.step("this citizen is told, sees the remaining times and keeps the reason", async () => {
    await page.getByLabel("Skriv kort hva du vil ha hjelp med").fill(reason);
    await page.getByRole("button", { name: "Bestill timen" }).click();
    const summary = page.getByRole("region", { name: "Noe må rettes før du kan gå videre" });
    await expect(summary).toContainText(
      "Denne timen ble nettopp tatt av noen andre. Velg en annen tid.",
    );
    await expect(page.getByLabel("Skriv kort hva du vil ha hjelp med")).toHaveValue(reason);
    await expect(firstFreeTime(page)).toBeVisible();
    // The times offered are the ones free now: the taken one is not among them.
    await expect(page.locator(`input[type="radio"][value="${taken}"]`)).toHaveCount(0);
    await axe("bestill: tiden ble tatt");
  });

  await test.step("another time is booked with the same reason", async () => {
    await firstFreeTime(page).check();
    await page.getByRole("button", { name: "Bestill timen" }).click();
    await expect(page.getByRole("status")).toContainText("Timen er bestilt.");
    await expect(page.getByRole("definition").filter({ hasText: reason })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("booking works with plain forms", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const axe = axeOfStaticHtml(page, browser);
    await signInAsCitizen(page, OTHER_CITIZEN);
    await startBooking(page, axe);
    await test.step("continuing without a time explains what is missing", async () => {
      await page.getByRole("button", { name: "Fortsett" }).click();
      await expect(
        page.getByRole("region", { name: "Noe må rettes før du kan gå videre" }),
      ).toContainText("Velg en tid.");
      await axe("bestill uten JS: feil");
    });
    await chooseFirstTime(page);
    await test.step("confirming without a reason explains what is missing", async () => {
      await page.getByRole("button", { name: "Bestill timen" }).click();
      await expect(
        page.getByRole("region", { name: "Noe må rettes før du kan gå videre" }),
      ).toContainText("Skriv kort hva timen gjelder.");
      await axe("bestill uten JS: mangler grunn");
    });
    const reason = uniqueText("Fornye resept");
    await confirmBooking(page, reason);
    await axe("timen uten JS: bestilt");
  });

  test("a plain post for a time someone just took says so, offers the free times and keeps the reason", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const axe = axeOfStaticHtml(page, browser);
    const taken = await loseFirstTimeToOtherCitizen(page, browser, axe);

    const reason = uniqueText("Vondt i kneet");
    await page.getByLabel("Skriv kort hva du vil ha hjelp med").fill(reason);
    await page.getByRole("button", { name: "Bestill timen" }).click();
    await expect(
      page.getByRole("region", { name: "Noe må rettes før du kan gå videre" }),
    ).toContainText("Denne timen ble nettopp tatt av noen andre. Velg en annen tid.");
    await expect(page.getByLabel("Skriv kort hva du vil ha hjelp med")).toHaveValue(reason);
    const times = page.getByRole("group", { name: /^Ledige tider:/ }).getByRole("radio");
    await expect(times.first()).toBeVisible();
    await expect(page.locator(`input[type="radio"][value="${taken}"]`)).toHaveCount(0);
    await axe("bestill uten JS: tiden ble tatt");

    await times.first().check();
    await page.getByRole("button", { name: "Bestill timen" }).click();
    await expect(page.getByRole("status")).toContainText("Timen er bestilt.");
    await expect(page.getByRole("definition").filter({ hasText: reason })).toBeVisible();
  });

  test("a plain post moving to a time someone just took keeps the old time and offers the free ones", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const axe = axeOfStaticHtml(page, browser);
    await signInAsCitizen(page, CITIZEN);
    await startBooking(page, axe);
    await chooseFirstTime(page);
    await confirmBooking(page, uniqueText("Føflekk på ryggen"));
    const before = await whenText(page);

    await page.getByRole("link", { name: "Endre tid" }).click();
    const wanted = await firstFreeTime(page).getAttribute("value");
    const unitId = await page.locator('input[name="unitId"]').getAttribute("value");
    const day = await page.locator('input[name="day"]').getAttribute("value");
    await test.step("another citizen books the time first", async () => {
      const other = await newPage(browser);
      await signInAsCitizen(other, OTHER_CITIZEN);
      await other.goto(`/for/meg/timeavtaler/ny?enhet=${unitId}&dag=${day}&tid=${wanted}`);
      await confirmBooking(other, uniqueText("Kontroll"));
      await other.context().close();
    });

    await moveToFirstFreeTime(page);
    await expect(
      page.getByRole("region", { name: "Noe må rettes før du kan gå videre" }),
    ).toContainText(
      "Den nye tiden ble nettopp tatt av noen andre. Du har fortsatt den gamle timen.",
    );
    await expect(page.locator(`input[type="radio"][value="${wanted}"]`)).toHaveCount(0);
    await axe("endre uten JS: tiden ble tatt");

    await moveToFirstFreeTime(page);
    await expect(page.getByRole("status")).toContainText("Timen er flyttet til ny tid.");
    expect(await whenText(page)).not.toBe(before);
  });
});

test("the GP opens new times on a day and closes one", async ({ page, axe }) => {
  // Beyond the citizens' booking window (four weeks), so these times never meet the other tests.
  const day = new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10);
  await signInAsClinician(page, GP, "/behandler/enhet");
  await page.getByRole("link", { name: `Ledige tider for ${UNIT}` }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Ledige tider: ${UNIT}` }),
  ).toBeVisible();
  await axe("behandler: ledige tider");

  await test.step("a missing field is explained and the typed values stay", async () => {
    await page.getByLabel("Dag", { exact: true }).last().fill(day);
    await page.getByLabel("Første time starter").fill("07:00");
    await page.getByLabel("Antall tider").fill("2");
    await page.getByLabel("Varighet i minutter").fill("15");
    await page.getByRole("button", { name: "Legg ut tidene" }).click();
    const summary = page.getByRole("region", { name: "Noe må rettes før du kan gå videre" });
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole("link", { name: /Skriv hva slags time dette er/ }),
    ).toBeVisible();
    await expect(page.getByLabel("Første time starter")).toHaveValue("07:00");
    await axe("behandler: ledige tider med feil");
  });

  await test.step("two times are opened", async () => {
    await page.getByLabel("Type time", { exact: true }).fill("Blodprøve");
    await page.getByRole("button", { name: "Legg ut tidene" }).click();
    await expect(page.getByRole("status")).toContainText("2 nye tider er lagt ut.");
    await expect(page.getByRole("row", { name: /07:00–07:15 Blodprøve/ }).first()).toContainText(
      "Ledig",
    );
    await axe("behandler: tider lagt ut");
  });

  await test.step("one is closed", async () => {
    await page.getByRole("button", { name: "Steng tiden kl. 07:15" }).first().click();
    await expect(page.getByRole("status")).toContainText("Tiden er stengt.");
    await expect(page.getByRole("row", { name: /07:15–07:30 Blodprøve/ }).first()).toContainText(
      "Stengt",
    );
  });
});

test("a parent books for a child under 12, on the child's own pages", async ({ page, axe }) => {
  const emma = DEMO_PERSON_IDS.emma;
  await signInAsCitizen(page, CITIZEN);
  await startBooking(page, axe, emma);
  await chooseFirstTime(page);
  const reason = uniqueText("Vondt i øret");
  await confirmBooking(page, reason);
  await expect(page).toHaveURL(new RegExp(`/for/${emma}/timeavtaler/[0-9a-f-]{36}`));
  await axe("timen for barnet");
  const id = new URL(page.url()).pathname.split("/").pop() ?? "";
  await test.step("the child's appointment is not reachable under the parent's own pages", async () => {
    const response = await page.goto(`/for/meg/timeavtaler/${id}`);
    expect(response?.status()).toBe(404);
  });
  await page.goto(`/for/${emma}/timeavtaler`);
  await expect(page.getByRole("link", { name: /kl\./ }).first()).toBeVisible();
});

test("a citizen sees what was done at a past visit and reads its summary", async ({
  page,
  axe,
}) => {
  await signInAsCitizen(page, CITIZEN, "/for/meg/timeavtaler");
  const past = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Les notatet fra timen" }) })
    .first();
  await expect(past.getByRole("term").filter({ hasText: "Hva ble gjort" })).toBeVisible();
  await past.getByRole("link", { name: "Les notatet fra timen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Notat fra konsultasjonen" }),
  ).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Skrevet av" })).toBeVisible();
  await axe("notat fra timen");
  // The read is in the person's own access log, as notes read by themself.
  await page.goto("/for/meg/innsynslogg");
  await expect(page.getByRole("main")).toContainText("så journalnotatene dine");
  await page.goBack();
  await page.getByRole("link", { name: /^Konsultasjon hos fastlege / }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Konsultasjon hos fastlege" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Les notatet fra timen" })).toBeVisible();
});

test("the booking pages reflow at 320 px", async ({ page, axe }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAsCitizen(page, CITIZEN);
  await startBooking(page, axe);
  for (const step of ["step 2", "step 3"]) {
    if (step === "step 3") await chooseFirstTime(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on ${step}`).toBeLessThanOrEqual(0);
  }
  await axe("bestill: 320 px");
  await test.step("the list and a visit summary reflow too", async () => {
    await page.goto("/for/meg/timeavtaler");
    await page.getByRole("link", { name: "Les notatet fra timen" }).first().click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Notat fra konsultasjonen" }),
    ).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, "horizontal overflow on the visit summary").toBeLessThanOrEqual(0);
  });
});

test("Kari acting for Jonas (14) sees when and where, not what; not the visit he booked at the health station", async ({
  page,
  axe,
  browser,
}) => {
  test.setTimeout(180_000);
  const gpReason = uniqueText("Jonas skriver selv om magesmerter");
  const stationReason = uniqueText("Jonas vil snakke med helsesykepleier");
  const jonasBooks = async (
    unit: { group: string; radio: string },
    reason: string,
  ): Promise<string> => {
    await startBooking(page, axe, "meg", unit);
    await chooseFirstTime(page);
    await confirmBooking(page, reason);
    return new URL(page.url()).pathname.split("/").pop() ?? "";
  };

  await signInAsCitizen(page, "Jonas Nordmann");
  const gpAppointment = await test.step("Jonas books his GP", () =>
    jonasBooks({ group: UNIT, radio: UNIT }, gpReason));
  const stationAppointment = await test.step("Jonas books the health station himself", () =>
    jonasBooks({ group: "Fjordvik kommune", radio: "Helsestasjonen" }, stationReason));

  const kari = await newPage(browser);
  await signInAsCitizen(kari, CITIZEN);
  const jonasBase = `/for/${DEMO_PERSON_IDS.jonas}`;

  await test.step("the list says why it shows time and place only, and has neither reason", async () => {
    await kari.goto(`${jonasBase}/timeavtaler`);
    await expect(kari.getByRole("heading", { level: 1, name: "Timeavtaler" })).toBeVisible();
    const main = kari.getByRole("main");
    await expect(main.getByRole("note")).toContainText(
      "Som foresatt for en ungdom mellom 12 og 16 år",
    );
    await expect(main).not.toContainText(gpReason);
    await expect(main).not.toContainText(stationReason);
    await expect(main.getByRole("term").filter({ hasText: "Type tjeneste" }).first()).toBeVisible();
    await expectAccessible(kari, "Jonas' timeavtaler som Kari");
  });

  await test.step("the GP appointment shows time, place and kind of service, no reason", async () => {
    await kari.goto(`${jonasBase}/timeavtaler/${gpAppointment}`);
    await expect(kari.getByRole("heading", { level: 1, name: "Time hos Fastlege" })).toBeVisible();
    const main = kari.getByRole("main");
    await expect(main.getByRole("term").filter({ hasText: "Når" })).toBeVisible();
    await expect(main.getByRole("term").filter({ hasText: "Hva timen gjelder" })).toHaveCount(0);
    await expect(main).not.toContainText(gpReason);
    await expect(main).not.toContainText("Konsultasjon hos fastlege");
    await expectAccessible(kari, "Jonas' time som Kari");
  });

  await test.step("the health station visit does not exist for Kari", async () => {
    await kari.goto(`${jonasBase}/timeavtaler/${stationAppointment}`);
    await expect(kari.getByRole("heading", { level: 1, name: "Vi fant ikke siden" })).toBeVisible();
    await kari.goto(jonasBase);
    await expect(kari.getByRole("main")).not.toContainText(stationReason);
    await expectAccessible(kari, "Jonas' forside som Kari");
  });
  await kari.context().close();

  await test.step("Jonas still sees his own reason", async () => {
    await page.goto(`/for/meg/timeavtaler/${stationAppointment}`);
    await expect(page.getByRole("definition").filter({ hasText: stationReason })).toBeVisible();
  });
});
