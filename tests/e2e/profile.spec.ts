// The person's own page (issue 17): Per's "Hvem kan se meg" lists a grant he gave (to Ola) and his
// GP office; Per changes his phone (an invalid number first: a message, what he typed kept, nothing
// changed); Per saves his notification settings; Per downloads his data and the file is a FHIR R4
// Bundle.
// With JavaScript and without; axe on every page; 320 px reflow.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { demoRegion } from "@/prisma/seed/demo-people";
import { assertFhirR4Bundle } from "../fhir/validate-bundle";
import { withE2eDb } from "./db";
import {
  type Axe,
  axeOfStaticHtml,
  expect,
  expectAccessible,
  newPage,
  signInAsCitizen,
  test,
} from "./fixtures";

const PER = "Per Hansen";
// Not Ingrid, his daughter: proxy.spec gives Per → Ingrid through the page and must find no grant,
// and with two local workers the two files run at the same time.
const GRANTEE = "Ola Nordmann";
const GP_OFFICE = "Fjordvik legesenter";
const people = demoRegion().citizens;

/** Per → Ola, see and act, if the demo database does not have one yet; ended again afterwards. */
let createdGrantId: string | null = null;
let perPhone: string | null = null;

test.beforeAll(async () => {
  await withE2eDb(async (db) => {
    const per = await db.person.findUniqueOrThrow({
      where: { nationalId: people.perHansen.nationalId },
      select: { id: true, phone: true },
    });
    const grantee = await db.person.findUniqueOrThrow({
      where: { nationalId: people.ola.nationalId },
      select: { id: true },
    });
    perPhone = per.phone;
    const active = await db.proxyGrant.findFirst({
      where: { grantorId: per.id, granteeId: grantee.id, endedAt: null },
    });
    if (!active) {
      createdGrantId = (
        await db.proxyGrant.create({
          data: {
            grantorId: per.id,
            granteeId: grantee.id,
            level: "READ_AND_ACT",
            categories: ["APPOINTMENTS", "MEDICATIONS"],
          },
        })
      ).id;
    }
  });
});

test.afterAll(async () => {
  await withE2eDb(async (db) => {
    const per = await db.person.findUniqueOrThrow({
      where: { nationalId: people.perHansen.nationalId },
      select: { id: true },
    });
    if (createdGrantId)
      await db.proxyGrant.update({
        where: { id: createdGrantId },
        data: { endedAt: new Date(), endedById: per.id },
      });
    await db.person.update({ where: { id: per.id }, data: { phone: perPhone } });
  });
});

const contact = (page: Page) => page.getByRole("region", { name: "Kontaktinformasjon" });

async function whoCanSeeMe(page: Page, axe: Axe) {
  await test.step("Hvem kan se meg lists Ola's grant and his GP office, each with where to change it", async () => {
    await page.getByRole("link", { name: "Se hvem som kan se journalen din" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hvem kan se meg" })).toBeVisible();
    const given = page
      .getByRole("region", { name: "Fullmakter du har gitt" })
      .getByRole("listitem")
      .filter({ hasText: `${GRANTEE} kan se og handle for deg.` });
    await expect(given).toBeVisible();
    await expect(given).toContainText("Gjelder: Timeavtaler, Legemidler");
    await expect(
      given.getByRole("link", { name: "Endre eller avslutt på siden Fullmakter" }),
    ).toHaveAttribute("href", "/for/meg/fullmakter");
    const gp = page
      .getByRole("region", { name: "Helsetjenester som behandler deg" })
      .getByRole("listitem")
      .filter({ hasText: GP_OFFICE })
      .filter({ hasText: "du står på listen til fastlegen her" });
    await expect(gp).toBeVisible();
    await expect(gp.getByRole("link", { name: "Sperr helsepersonell" })).toHaveAttribute(
      "href",
      "/for/meg/sperring",
    );
    await expect(page.getByRole("region", { name: "Helsepersonell du har sperret" })).toBeVisible();
    await axe("hvem-ser-meg");
    await page.getByRole("link", { name: "Tilbake til profilen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Profil" })).toBeVisible();
  });
}

async function changePhone(page: Page, axe: Axe, valid: string, shown: string) {
  await test.step("an invalid phone: a clear message, what he typed kept, nothing changed", async () => {
    const before = await contact(page).getByRole("definition").first().textContent();
    await contact(page).getByLabel("Mobilnummer").fill("12 34 abc");
    await contact(page).getByRole("button", { name: "Lagre kontaktinformasjon" }).click();
    const summary = page.getByRole("region", { name: "Dette må rettes" });
    await expect(summary).toContainText("Skriv et gyldig mobilnummer.");
    await expect(contact(page).getByLabel("Mobilnummer")).toHaveValue("12 34 abc");
    await expect(contact(page).getByLabel("Mobilnummer")).toHaveAttribute("aria-invalid", "true");
    await expect(contact(page).getByRole("definition").first()).toHaveText(before ?? "");
    await axe("profil: ugyldig telefon");
  });
  await test.step("a valid number is saved and shown formatted", async () => {
    await contact(page).getByLabel("Mobilnummer").fill(valid);
    await contact(page).getByRole("button", { name: "Lagre kontaktinformasjon" }).click();
    await expect(page.getByRole("status")).toContainText("Kontaktinformasjonen er lagret.");
    await expect(contact(page).getByRole("definition").first()).toHaveText(shown);
    await axe("profil: lagret");
  });
}

async function saveNotifications(page: Page) {
  await test.step("appointments by SMS switched off, saved, and still off when the page is read again", async () => {
    const sms = page.getByRole("group", { name: "Timeavtaler" }).getByLabel("SMS");
    await sms.uncheck();
    await page.getByRole("button", { name: "Lagre varsler" }).click();
    await expect(page.getByRole("status")).toContainText("Varslingsinnstillingene er lagret.");
    await page.reload();
    await expect(
      page.getByRole("group", { name: "Timeavtaler" }).getByLabel("SMS"),
    ).not.toBeChecked();
    await expect(
      page.getByRole("group", { name: "Timeavtaler" }).getByLabel("E-post"),
    ).toBeChecked();
    await page.getByRole("group", { name: "Timeavtaler" }).getByLabel("SMS").check();
    await page.getByRole("button", { name: "Lagre varsler" }).click();
    await expect(page.getByRole("status")).toContainText("Varslingsinnstillingene er lagret.");
  });
}

/** Checks the bundle and returns the download links of the sent PDFs it points at. */
function expectBundle(text: string): string[] {
  const bundle: unknown = JSON.parse(text);
  assertFhirR4Bundle(bundle);
  const resources = bundle.entry!.map((e) => e.resource!);
  const types = new Set(resources.map((r) => r.resourceType));
  expect(types.has("Patient")).toBe(true);
  expect(types.has("MedicationStatement") || types.has("Appointment")).toBe(true);
  // The rest of the record Per has in the demo data: diagnoses, allergies, vaccines, sent PDFs.
  for (const type of ["Condition", "AllergyIntolerance", "Immunization", "DocumentReference"])
    expect(types, type).toContain(type);
  const codings = resources.flatMap((r) =>
    r.resourceType === "Condition" ? (r.code?.coding ?? []) : [],
  );
  expect(codings).toContainEqual(
    expect.objectContaining({ system: "urn:oid:2.16.578.1.12.4.1.1.7170", code: "T90" }),
  );
  expect(codings).toContainEqual(
    expect.objectContaining({ system: "http://hl7.org/fhir/sid/icd-10", code: "I48.9" }),
  );
  const patient = resources.find((r) => r.resourceType === "Patient") as {
    name?: { family?: string }[];
  };
  expect(patient.name?.[0]?.family).toBe("Hansen");
  const pdfs = resources
    .flatMap((r) =>
      r.resourceType === "DocumentReference" ? r.content.map((c) => c.attachment) : [],
    )
    .filter((a) => a.contentType === "application/pdf");
  expect(pdfs.length).toBeGreaterThan(0);
  for (const pdf of pdfs) expect(pdf.data).toBeUndefined();
  return pdfs.map((a) => a.url!);
}

test("Per sees who can see him, fixes his phone, saves notifications and downloads his data (JavaScript on)", async ({
  page,
  axe,
}) => {
  test.setTimeout(120_000);
  await signInAsCitizen(page, PER);
  await page
    .getByRole("navigation", { name: "Hovedmeny" })
    .getByRole("link", { name: "Profil" })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Profil" })).toBeVisible();
  await axe("profil");
  await whoCanSeeMe(page, axe);
  await changePhone(page, axe, "+46 70 123 45 67", "+46 70 123 45 67");
  await saveNotifications(page);
  await axe("profil: varsler");

  await test.step("Last ned mine data gives a FHIR R4 Bundle as a file", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Last ned mine data (FHIR-fil)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^mine-helsedata-\d{4}-\d{2}-\d{2}\.json$/);
    expectBundle(await readFile(await file.path(), "utf8"));
  });

  await test.step("the language choice on the profile switches the portal to English and back", async () => {
    const language = page.getByRole("main").getByRole("region", { name: "Språk" });
    await language.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
    await expect(
      page
        .getByRole("main")
        .getByRole("region", { name: "Language" })
        .getByRole("button", { name: "English" }),
    ).toHaveAttribute("aria-pressed", "true");
    await axe("profile (English)");
    await page
      .getByRole("main")
      .getByRole("region", { name: "Language" })
      .getByRole("button", { name: "Norsk (bokmål)" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Profil" })).toBeVisible();
  });

  await test.step("someone else's id gets 'not found', for the page and for the download", async () => {
    const ingridId = await withE2eDb(
      async (db) =>
        (
          await db.person.findUniqueOrThrow({
            where: { nationalId: people.ingridHansen.nationalId },
            select: { id: true },
          })
        ).id,
    );
    const response = await page.request.get(`/for/${ingridId}/profil/last-ned`);
    expect(response.status()).toBe(404);
    const pageResponse = await page.goto(`/for/${ingridId}/profil`);
    expect(pageResponse?.status()).toBe(404);
  });
});

test("Per fixes his phone and downloads his data without JavaScript", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await newPage(browser, { javaScriptEnabled: false });
  const axe = axeOfStaticHtml(page, browser);
  await signInAsCitizen(page, PER, "/for/meg/profil");
  await expect(page.getByRole("heading", { level: 1, name: "Profil" })).toBeVisible();
  await axe("profil");
  await whoCanSeeMe(page, axe);
  await changePhone(page, axe, "912 34 567", "91 23 45 67");
  await saveNotifications(page);

  await test.step("the download is a plain link: a file with Content-Disposition, a FHIR R4 Bundle", async () => {
    const href = await page
      .getByRole("link", { name: "Last ned mine data (FHIR-fil)" })
      .getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/fhir+json");
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="mine-helsedata-/,
    );
    const [pdf] = expectBundle(await response.text());
    // A sent PDF is a link to its gated download, not inlined: the link works for Per.
    const file = await page.request.get(pdf!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("application/pdf");
  });
  await page.context().close();
});

test("the profile pages reflow at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAsCitizen(page, PER);
  for (const path of ["/for/meg/profil", "/for/meg/profil/hvem-ser-meg"]) {
    await test.step(path, async () => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${path} at 320 px`);
    });
  }
});
