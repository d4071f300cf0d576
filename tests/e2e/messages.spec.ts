import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { runBackupSweep } from "@/lib/messages/backup-sweep";
import { DEMO_PERSON_IDS } from "@/prisma/seed/demo-people";
import { withE2eDb } from "./db";
import {
  axeOfStaticHtml,
  expect,
  signInAsCitizen,
  signInAsClinician,
  signInAsOrgAdmin,
  signOut,
  test,
} from "./fixtures";

const KARI = "Kari Nordmann";
const LISE = "Lise Berg";
const GP = "Fjordvik legesenter";
const SHARED = `${GP} – felles innboks`;
const LISE_PERSONAL = `${LISE} (${GP})`;

async function photo(): Promise<Buffer> {
  return sharp({
    create: { width: 1200, height: 900, channels: 3, background: { r: 180, g: 120, b: 90 } },
  })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "63/1 25/1 0/1" } })
    .toBuffer();
}

async function noSidewaysScroll(page: Page, where: string) {
  await page.waitForLoadState("load");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

/** Kari writes to her GP office; returns the thread page's path. */
async function writeToGp(
  page: Page,
  axe: (label?: string) => Promise<void>,
  text: string,
  opts: { attach?: boolean } = {},
) {
  return test.step("Kari writes to her GP office", async () => {
    await page.goto("/for/meg");
    await page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: "Meldinger" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Meldinger" })).toBeVisible();
    await axe("meldinger");
    await page.getByRole("link", { name: "Skriv ny melding" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ny melding" })).toBeVisible();
    await expect(page.getByRole("note")).toContainText("116 117");
    await axe("ny melding: velg mottaker");
    await page.getByRole("radio", { name: GP }).check();
    await page.getByRole("button", { name: "Fortsett" }).click();
    await expect(
      page.getByText(/Du kan vente svar innen \S+ \d+\. \S+ \d{4} \(3 virkedager/),
    ).toBeVisible();
    await axe("ny melding: skriv");
    await page.getByLabel("Hva gjelder det?").selectOption({ label: "Spørsmål om time" });
    await page.getByLabel("Melding", { exact: true }).fill(text);
    if (opts.attach)
      await page
        .getByLabel("Vedlegg (valgfritt)")
        .setInputFiles({ name: "utslett.jpg", mimeType: "image/jpeg", buffer: await photo() });
    await page.getByRole("button", { name: "Send melding" }).click();
    await expect(page.getByRole("status")).toContainText(`Meldingen er sendt til ${GP}`);
    await expect(page.getByText(text)).toBeVisible();
    if (opts.attach) await expect(page.getByRole("link", { name: "utslett.jpg" })).toBeVisible();
    await axe("samtale");
    return new URL(page.url()).pathname;
  });
}

async function openInbox(page: Page, inbox: string) {
  await page
    .getByRole("navigation", { name: "Hovedmeny" })
    .getByRole("link", { name: "Innboks" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Innboks" })).toBeVisible();
  await page.getByRole("link", { name: inbox, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: inbox })).toBeVisible();
}

// Long journeys across three sign-ins on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

test.describe("messages with JavaScript", () => {
  test("Kari writes with a photo, Dr. Berg answers from the shared inbox, Kari reads it; an unopened one goes to the backup", async ({
    page,
    axe,
  }) => {
    const stamp = Date.now();
    const question = `Jeg har fått utslett på armen (${stamp}). Bør jeg komme inn?`;
    await signInAsCitizen(page, KARI);
    const threadPath = await writeToGp(page, axe, question, { attach: true });

    await test.step("the photo is served only as a download, re-encoded without GPS", async () => {
      const href = await page.getByRole("link", { name: "utslett.jpg" }).getAttribute("href");
      const response = await page.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/jpeg");
      expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
      expect((await sharp(await response.body()).metadata()).exif).toBeUndefined();
    });
    await signOut(page);

    await signInAsClinician(page, LISE);
    await test.step("Dr. Berg opens the shared inbox and answers", async () => {
      await openInbox(page, SHARED);
      await axe("innboks");
      const row = page
        .getByRole("row")
        .filter({ hasText: KARI })
        .filter({ hasText: "Spørsmål om time" })
        .first();
      await expect(row).toContainText("Ny");
      await row.getByRole("link", { name: KARI }).click();
      await expect(page.getByText(question)).toBeVisible();
      await expect(page.getByText(`Åpnet av ${LISE}`)).toBeVisible();
      await axe("behandler: samtale");
      await page
        .getByLabel("Svar", { exact: true })
        .fill(`Hei Kari. Send gjerne et nytt bilde om en uke (${stamp}).`);
      await page.getByRole("button", { name: "Send svar" }).click();
      await expect(page.getByRole("status")).toContainText("Svaret er sendt.");
    });
    await signOut(page);

    await signInAsCitizen(page, KARI);
    await test.step("Kari sees the answer unread, then reads it", async () => {
      await page.goto("/for/meg/meldinger");
      const item = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: "Spørsmål om time" }) })
        .first();
      await expect(item).toContainText("Nytt svar – ulest");
      await page.goto(threadPath);
      await expect(page.getByRole("heading", { level: 3, name: `${LISE}, lege` })).toBeVisible();
      await expect(page.getByText(`Send gjerne et nytt bilde om en uke (${stamp})`)).toBeVisible();
      await page.goto("/for/meg/meldinger");
      await expect(
        page
          .getByRole("listitem")
          .filter({ has: page.getByRole("link", { name: "Spørsmål om time" }) })
          .first(),
      ).toContainText("Besvart");
    });

    await test.step("the outbox holds a notification without health content or the unit's name", async () => {
      const outbox = await withE2eDb((db) =>
        db.notification.findMany({
          where: { personId: DEMO_PERSON_IDS.kari, template: "message_received" },
        }),
      );
      expect(outbox.length).toBeGreaterThan(0);
      const text = (
        JSON.parse(readFileSync("lib/i18n/messages/nb/notifications.json", "utf8")) as Record<
          string,
          string
        >
      ).message_received!;
      expect(text).not.toContain(GP);
      expect(JSON.stringify(outbox)).not.toMatch(/utslett|Fjordvik/);
    });

    const unopened = `Nytt spørsmål som ingen åpner (${stamp}).`;
    const unopenedPath = await writeToGp(page, axe, unopened);
    await signOut(page);

    await test.step("time passes in the database and the sweep runs", async () => {
      const threadId = unopenedPath.split("/").pop()!;
      const result = await withE2eDb(async (db) => {
        await db.messageThread.update({
          where: { id: threadId },
          data: { openDueAt: new Date(Date.now() - 60_000) },
        });
        return runBackupSweep(db);
      });
      expect(result.forwarded).toBeGreaterThanOrEqual(1);
    });

    await signInAsClinician(page, LISE);
    await test.step("the message is in the backup inbox, marked as forwarded", async () => {
      await openInbox(page, LISE_PERSONAL);
      const row = page
        .getByRole("row")
        .filter({ hasText: KARI })
        .filter({ hasText: "Videresendt hit som backup" });
      await expect(row.first()).toBeVisible();
      await axe("backup-innboks");
      await row.first().getByRole("link", { name: KARI }).click();
      await expect(page.getByText(unopened)).toBeVisible();
      await expect(
        page.getByRole("listitem").filter({ hasText: "ikke åpnet i tide" }),
      ).toBeVisible();
    });
  });

  test("a disguised file is refused with a clear message, the text kept and nothing stored", async ({
    page,
  }) => {
    await signInAsCitizen(page, KARI, "/for/meg/meldinger/ny");
    await page.getByRole("radio", { name: GP }).check();
    await page.getByRole("button", { name: "Fortsett" }).click();
    await page.getByLabel("Hva gjelder det?").selectOption({ label: "Annet" });
    const text = `Her er et bilde (${Date.now()})`;
    await page.getByLabel("Melding", { exact: true }).fill(text);
    await page.getByLabel("Vedlegg (valgfritt)").setInputFiles({
      name: "bilde.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("#!/bin/sh\necho lurt\n"),
    });
    await page.getByRole("button", { name: "Send melding" }).click();
    await expect(page.getByRole("link", { name: /Vedlegg må være bilde/ })).toBeVisible();
    await expect(page.getByLabel("Melding", { exact: true })).toHaveValue(text);
    expect(await withE2eDb((db) => db.message.count({ where: { body: text } }))).toBe(0);
  });
});

test.describe("messages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Kari writes (a missing topic is said and her text kept), Dr. Berg answers, Kari reads it", async ({
    page,
    browser,
  }) => {
    const axe = axeOfStaticHtml(page, browser);
    const stamp = Date.now();
    const question = `Uten JavaScript: kan jeg få time neste uke? (${stamp})`;
    await signInAsCitizen(page, KARI, "/for/meg/meldinger/ny");
    await page.getByRole("radio", { name: GP }).check();
    await page.getByRole("button", { name: "Fortsett" }).click();
    await page.getByLabel("Melding", { exact: true }).fill(question);
    await page.getByRole("button", { name: "Send melding" }).click();
    await expect(page.getByRole("link", { name: "Velg hva meldingen gjelder." })).toBeVisible();
    await expect(page.getByLabel("Melding", { exact: true })).toHaveValue(question);
    await axe("ny melding: feil uten JavaScript");
    await page.getByLabel("Hva gjelder det?").selectOption({ label: "Spørsmål om time" });
    await page.getByRole("button", { name: "Send melding" }).click();
    await expect(page.getByRole("status")).toContainText(`Meldingen er sendt til ${GP}`);
    const threadPath = new URL(page.url()).pathname;
    await signOut(page);

    await signInAsClinician(page, LISE);
    await openInbox(page, SHARED);
    await expect(page.getByRole("row").filter({ hasText: KARI }).first()).toBeVisible();
    // Oldest waiting first, so earlier runs' threads may come before ours: open ours by its address.
    await page.goto(`/behandler/melding/${threadPath.split("/").pop()}`);
    await expect(page.getByText(question)).toBeVisible();
    await axe("behandler: samtale uten JavaScript");
    await page.getByLabel("Svar", { exact: true }).fill(`Ja, ring oss (${stamp}).`);
    await page.getByLabel(/Svar som enheten/).check();
    await page.getByRole("button", { name: "Send svar" }).click();
    await expect(page.getByRole("status")).toContainText("Svaret er sendt.");
    await signOut(page);

    await signInAsCitizen(page, KARI, threadPath);
    await expect(page.getByRole("heading", { level: 3, name: GP })).toBeVisible();
    await expect(page.getByText(`Ja, ring oss (${stamp}).`)).toBeVisible();
    await axe("samtale uten JavaScript");
  });
});

test("the message pages reflow at 320 px", async ({ page, axe }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await signInAsCitizen(page, KARI);
  for (const path of ["/for/meg/meldinger", "/for/meg/meldinger/ny"]) {
    await page.goto(path);
    await noSidewaysScroll(page, path);
  }
  await page.getByRole("radio", { name: GP }).check();
  await page.getByRole("button", { name: "Fortsett" }).click();
  await expect(page.getByLabel("Hva gjelder det?")).toBeVisible();
  await noSidewaysScroll(page, "ny melding: skriv");
  await axe("ny melding 320 px");
  await page.goto("/for/meg/meldinger");
  await page.getByRole("link", { name: "Resept" }).first().click();
  await noSidewaysScroll(page, "samtale");
  await signOut(page);
  await signInAsClinician(page, LISE, "/behandler/innboks");
  await noSidewaysScroll(page, "innboks");
  await page.getByRole("link", { name: SHARED, exact: true }).click();
  await noSidewaysScroll(page, "felles innboks");
  await axe("felles innboks 320 px");
});

test("an organisation admin sets a backup and a deadline; a loop and an out-of-range deadline are refused; no content shown", async ({
  page,
  axe,
}) => {
  await signInAsOrgAdmin(page, "Tor Bakken");
  await page.getByRole("link", { name: "Meldinger: innbokser, backup og ruting" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Meldinger: Fjordvik kommune" }),
  ).toBeVisible();
  await axe("admin: meldinger");
  // Per Hansen's seeded message to home nursing is never shown here.
  await expect(page.getByText(/frisøren/)).toHaveCount(0);

  const card = (name: string) =>
    page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3, name, exact: true }) });
  const shared = "Helsestasjonen – felles innboks";
  const backupName = await card(shared)
    .getByLabel("Backup hvis ingen åpner i tide")
    .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? "");
  expect(backupName).not.toBe("Ingen backup");

  await test.step("a loop back to the shared inbox is refused", async () => {
    await card(backupName)
      .getByLabel("Backup hvis ingen åpner i tide")
      .selectOption({ label: shared });
    await card(backupName)
      .getByRole("button", { name: `Lagre for ${backupName}` })
      .click();
    await expect(card(backupName).getByRole("alert")).toContainText("gått i ring");
    await axe("admin: refused loop");
  });

  await test.step("a deadline out of range is refused and what was typed is kept", async () => {
    await card(shared).getByLabel("Frist for å åpne (timer)").fill("400");
    await card(shared)
      .getByRole("button", { name: `Lagre for ${shared}` })
      .click();
    await expect(card(shared).getByRole("alert")).toContainText("mellom 1 og 336 timer");
    await expect(card(shared).getByLabel("Frist for å åpne (timer)")).toHaveValue("400");
  });

  await test.step("a valid deadline is saved and the change recorded with who", async () => {
    await card(shared).getByLabel("Frist for å åpne (timer)").fill("12");
    await card(shared)
      .getByRole("button", { name: `Lagre for ${shared}` })
      .click();
    await expect(card(shared).getByRole("status")).toContainText("Lagret.");
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: `Tor Bakken – endret backup eller frist for ${shared}` })
        .first(),
    ).toBeVisible();
  });

  await page.setViewportSize({ width: 320, height: 800 });
  await noSidewaysScroll(page, "admin: meldinger");
});
