// The newer actions (messages, renewal requests, lab results) refuse a replayed plain form post as the
// older ones do (refused-posts.spec.ts): taken from the page of someone allowed to send it, replayed
// from another person's session with the owner's ids, the answer is the not-found page (404, or a
// 303 to it), never a 500, and nothing is written. The clinician release work list is the one
// exception by design: it releases what the gate allows and skips the rest, so a replay by an
// unrelated clinician releases nothing and says so.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { demoRegion, DEMO_PERSON_IDS, type DemoCitizenKey } from "@/prisma/seed/demo-people";
import { withE2eDb } from "./db";
import { expect, newPage, signInAsCitizen, signInAsClinician, test } from "./fixtures";
import { expectNotFound, plainPost, replay } from "./replay";

test.describe.configure({ timeout: 150_000 });

const OWNER = "Kari Nordmann";
const OUTSIDER = "Arne Lie";
const GP = "Fjordvik legesenter";
const CLINICIAN = "Lise Berg";
const UNRELATED_CLINICIAN = "Anne Johansen";

function personIdOf(name: string): string {
  const entry = Object.entries(demoRegion().citizens).find(
    ([, c]) => `${c.givenName} ${c.familyName}` === name,
  );
  if (!entry) throw new Error(`"${name}" is not a demo citizen`);
  return DEMO_PERSON_IDS[entry[0] as DemoCitizenKey];
}

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Replays copy what a browser without JavaScript would post: every page here has it off. */
async function newNoJsPage(browser: Browser): Promise<{ page: Page; context: BrowserContext }> {
  const page = await newPage(browser, { javaScriptEnabled: false });
  return { page, context: page.context() };
}

test("replayed message, reply, renewal and show-at-once posts from another person's session get 404 and write nothing", async ({
  browser,
}) => {
  const owner = await newNoJsPage(browser);
  const outsider = await newNoJsPage(browser);
  await signInAsCitizen(owner.page, OWNER);
  await signInAsCitizen(outsider.page, OUTSIDER);
  const ownerId = personIdOf(OWNER);
  const mark = stamp();

  await test.step("a new message in the owner's name", async () => {
    await owner.page.goto("/for/meg/meldinger/ny");
    await owner.page.getByRole("radio", { name: GP }).check();
    await owner.page.getByRole("button", { name: "Fortsett" }).click();
    const form = owner.page
      .locator("form")
      .filter({ has: owner.page.getByRole("button", { name: "Send melding" }) });
    const topicId = await form
      .getByLabel("Hva gjelder det?")
      .locator("option")
      .nth(1)
      .getAttribute("value");
    const url = new URL(owner.page.url()).pathname;
    // The outsider names the owner as subject: the gate refuses, as for any person they may not act for.
    const fields = await plainPost(form, {
      subject: ownerId,
      topicId: topicId ?? "",
      body: `Ikke min melding (${mark})`,
    });
    await expectNotFound(outsider.page, await replay(outsider.page, url, fields));
  });

  await test.step("a reply in the owner's thread", async () => {
    await owner.page.goto("/for/meg/meldinger");
    const threadHref = await owner.page
      .getByRole("main")
      .locator('a[href*="/meldinger/"]')
      .filter({ hasNotText: "Skriv ny melding" })
      .first()
      .getAttribute("href");
    expect(threadHref).toMatch(/\/meldinger\/[0-9a-f-]{36}/);
    await owner.page.goto(threadHref!);
    const form = owner.page
      .locator("form")
      .filter({ has: owner.page.getByRole("button", { name: "Send svar" }) });
    const fields = await plainPost(form, { body: `Ikke mitt svar (${mark})` });
    await expectNotFound(
      outsider.page,
      await replay(outsider.page, new URL(owner.page.url()).pathname, fields),
    );
  });

  await test.step("a renewal request for the owner's medication", async () => {
    await owner.page.goto("/for/meg/legemidler/forny");
    const form = owner.page
      .locator("form")
      .filter({ has: owner.page.getByRole("button", { name: "Send forespørselen" }) });
    const medicationId = (await form.getByRole("radio").first().getAttribute("value")) ?? "";
    const fields = await plainPost(form, { medicationId, note: `Ikke min resept (${mark})` });
    await expectNotFound(
      outsider.page,
      await replay(outsider.page, "/for/meg/legemidler/forny", fields),
    );
  });

  await test.step("the owner's own choice to see results at once", async () => {
    const before = await withE2eDb((db) =>
      db.labReleasePreference.findUnique({
        where: { personId: ownerId },
        select: { showAtOnce: true, changedAt: true },
      }),
    );
    // The outsider's own form, with the owner as subject (only the person themself may choose).
    await outsider.page.goto("/for/meg/provesvar");
    const form = outsider.page
      .locator("form")
      .filter({ has: outsider.page.locator('input[name="showAtOnce"]') });
    const fields = await plainPost(form, { subject: ownerId });
    await expectNotFound(outsider.page, await replay(outsider.page, "/for/meg/provesvar", fields));
    const after = await withE2eDb((db) =>
      db.labReleasePreference.findUnique({
        where: { personId: ownerId },
        select: { showAtOnce: true, changedAt: true },
      }),
    );
    expect(after).toEqual(before);
  });

  await test.step("nothing was written", async () => {
    const written = await withE2eDb(async (db) => ({
      messages: await db.message.count({ where: { body: { contains: mark } } }),
      renewals: await db.medicationRenewalRequest.count({ where: { note: { contains: mark } } }),
    }));
    expect(written).toEqual({ messages: 0, renewals: 0 });
  });
  await owner.context.close();
  await outsider.context.close();
});

test("a release replayed by a clinician without a care relation releases nothing and is no error", async ({
  browser,
}) => {
  const gp = await newNoJsPage(browser);
  const other = await newNoJsPage(browser);
  await signInAsClinician(gp.page, CLINICIAN);
  await signInAsClinician(other.page, UNRELATED_CLINICIAN);

  await gp.page.goto("/behandler/provesvar");
  const form = gp.page.locator("form").filter({ has: gp.page.locator('input[name="items"]') });
  // Not the HbA1c result lab-results.spec.ts releases meanwhile.
  const item =
    (await form
      .getByRole("listitem")
      .filter({ hasNotText: "HbA1c" })
      .first()
      .getByRole("checkbox")
      .getAttribute("value")) ?? "";
  const observationId = item.split(":")[1] ?? "";
  expect(observationId).toMatch(/^[0-9a-f-]{36}$/);

  const response = await replay(
    other.page,
    "/behandler/provesvar",
    await plainPost(form, { items: item, comment: "" }),
  );
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toContain("frigitt=0");
  expect(
    (await other.page.request.get(response.headers()["location"]!, { maxRedirects: 0 })).status(),
  ).toBe(200);
  const released = await withE2eDb((db) =>
    db.labObservation.findUnique({ where: { id: observationId }, select: { releasedAt: true } }),
  );
  expect(released?.releasedAt ?? null).toBeNull();
  await gp.context.close();
  await other.context.close();
});
