// A refused form post answers "not found" (404), never a 500 (issue 12 item 14). Each action's plain
// (no-JavaScript) post is taken from the page of someone allowed to send it, then replayed from
// another person's session, or after the proxy grant it relied on has ended. The response must be
// the not-found page with status 404 (or a 303 to one), and nothing may have changed.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO_PERSON_IDS } from "@/prisma/seed/demo-people";
import { expect, nationalIdOf, newPage, signInAsCitizen, test, uniqueText } from "./fixtures";
import { expectNotFound, plainPost, replay } from "./replay";

// People no other spec uses, so their appointments, grants and blocks are this file's own.
const OWNER = "Solveig Moen";
const OUTSIDER = "Arne Lie";
const GRANTOR = "Randi Strand";
const SEE_ONLY_PROXY = "Eirik Strand";
const ACTING_PROXY = "Camilla Dahl";

async function signedIn(
  browser: Browser,
  name: string,
  javaScriptEnabled = false,
): Promise<{ page: Page; context: BrowserContext }> {
  const page = await newPage(browser, { javaScriptEnabled });
  await signInAsCitizen(page, name);
  return { page, context: page.context() };
}

/** Bestill time as far as step 3 on `base` ("/for/meg" or /for/<id>): the first unit, the last day, the first time. */
async function openBookingStep3(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/timeavtaler/ny`);
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Fortsett" }).click();
  await page
    .getByRole("navigation", { name: "Dager med ledige tider" })
    .getByRole("link")
    .last()
    .click();
  await page
    .getByRole("group", { name: /^Ledige tider:/ })
    .getByRole("radio")
    .first()
    .check();
  await page.getByRole("button", { name: "Fortsett" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Hva gjelder timen?" })).toBeVisible();
}

/** The grantor gives a proxy for Timeavtaler at the given level ("Se" or "Se og handle"). */
async function giveProxy(page: Page, grantee: string, level: "Se" | "Se og handle"): Promise<void> {
  await page.goto("/for/meg/fullmakter");
  await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalIdOf(grantee));
  await page.getByLabel("Etternavn").fill(grantee.split(" ").pop() ?? "");
  await page.getByRole("radio", { name: level, exact: true }).check();
  await page.getByRole("checkbox", { name: "Timeavtaler" }).check();
  await page.getByRole("button", { name: "Gi fullmakt" }).click();
  await expect(page.getByRole("status")).toContainText(`Fullmakten til ${grantee} er gitt`);
}

test("replayed cancel and change posts from another person's session get 404 and change nothing", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const owner = await signedIn(browser, OWNER);
  const outsider = await signedIn(browser, OUTSIDER);
  const reason = uniqueText("Kontroll av blodtrykk");

  let appointmentPath = "";
  await test.step("the owner books a time", async () => {
    await openBookingStep3(owner.page, "/for/meg");
    await owner.page.getByLabel("Skriv kort hva du vil ha hjelp med").fill(reason);
    await owner.page.getByRole("button", { name: "Bestill timen" }).click();
    await expect(owner.page.getByRole("status")).toContainText("Timen er bestilt.");
    appointmentPath = new URL(owner.page.url()).pathname;
  });
  const when = (await owner.page.getByRole("definition").first().textContent())?.trim();

  await test.step("cancel", async () => {
    await owner.page.goto(`${appointmentPath}/avbestill`);
    const form = owner.page
      .locator("form")
      .filter({ has: owner.page.getByRole("button", { name: "Ja, avbestill timen" }) });
    const fields = await plainPost(form, { reason: "Ikke min time" });
    await expectNotFound(
      outsider.page,
      await replay(outsider.page, `${appointmentPath}/avbestill`, fields),
    );
  });

  await test.step("change", async () => {
    await owner.page.goto(`${appointmentPath}/endre`);
    const form = owner.page
      .locator("form")
      .filter({ has: owner.page.getByRole("button", { name: "Bytt til valgt tid" }) });
    const newSlotId = (await form.getByRole("radio").first().getAttribute("value")) ?? "";
    const fields = await plainPost(form, { newSlotId });
    await expectNotFound(
      outsider.page,
      await replay(outsider.page, `${appointmentPath}/endre`, fields),
    );
  });

  await test.step("the owner's appointment is as it was", async () => {
    await owner.page.goto(appointmentPath);
    await expect(owner.page.getByRole("definition").first()).toHaveText(when ?? "");
    await expect(owner.page.getByRole("link", { name: "Avbestill" })).toBeVisible();
    await expect(owner.page.getByRole("definition").filter({ hasText: reason })).toBeVisible();
  });
  await owner.context.close();
  await outsider.context.close();
});

test("a replayed block of a clinician for someone else gets 404 and blocks nobody", async ({
  browser,
}) => {
  const owner = await signedIn(browser, OWNER);
  const outsider = await signedIn(browser, OUTSIDER);
  await owner.page.goto("/for/meg/sperring");
  await expect(owner.page.getByText("Du har ikke sperret noen.")).toBeVisible();
  const form = owner.page
    .locator("form")
    .filter({ has: owner.page.getByRole("button", { name: "Sperr", exact: true }) });
  const clinicianId = (await form.getByRole("option").nth(1).getAttribute("value")) ?? "";
  expect(clinicianId).not.toBe("");
  const fields = await plainPost(form, { subject: DEMO_PERSON_IDS.solveigMoen, clinicianId });
  await expectNotFound(outsider.page, await replay(outsider.page, "/for/meg/sperring", fields));
  await owner.page.reload();
  await expect(owner.page.getByText("Du har ikke sperret noen.")).toBeVisible();
  // Nor did the outsider block anyone of her own by it.
  await outsider.page.goto("/for/meg/sperring");
  await expect(outsider.page.getByText("Du har ikke sperret noen.")).toBeVisible();
  await owner.context.close();
  await outsider.context.close();
});

test("a see-only proxy's replayed booking gets 404, and a booking after the grant ended too", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const grantor = await signedIn(browser, GRANTOR, true);
  const randi = DEMO_PERSON_IDS.randiStrand;
  await giveProxy(grantor.page, SEE_ONLY_PROXY, "Se");
  await giveProxy(grantor.page, ACTING_PROXY, "Se og handle");
  const reasons = [
    uniqueText("Bestilt av fullmektig som bare kan se"),
    uniqueText("Bestilt etter at fullmakten ble avsluttet"),
  ];

  await test.step("booking by a see-only proxy", async () => {
    const own = await signedIn(browser, GRANTOR);
    await openBookingStep3(own.page, "/for/meg");
    const form = own.page
      .locator("form")
      .filter({ has: own.page.getByRole("button", { name: "Bestill timen" }) });
    const fields = await plainPost(form, { subject: randi, reason: reasons[0]! });
    const proxy = await signedIn(browser, SEE_ONLY_PROXY);
    // The proxy can see Randi's appointments, so the refusal is about the level, not the person.
    await proxy.page.goto(`/for/${randi}/timeavtaler`);
    await expect(proxy.page.getByRole("heading", { level: 1, name: "Timeavtaler" })).toBeVisible();
    await expectNotFound(
      proxy.page,
      await replay(proxy.page, `/for/${randi}/timeavtaler/ny`, fields),
    );
    await own.context.close();
    await proxy.context.close();
  });

  await test.step("booking with a grant that ended while the form was open", async () => {
    const proxy = await signedIn(browser, ACTING_PROXY);
    await openBookingStep3(proxy.page, `/for/${randi}`);
    await proxy.page.getByLabel("Skriv kort hva du vil ha hjelp med").fill(reasons[1]!);
    // Randi ends the grant meanwhile.
    await grantor.page.goto("/for/meg/fullmakter");
    await grantor.page
      .getByRole("link", { name: `Avslutt fullmakten til ${ACTING_PROXY}` })
      .first()
      .click();
    await grantor.page.getByRole("button", { name: "Ja, avslutt fullmakten" }).click();
    await expect(grantor.page.getByRole("status")).toContainText("Fullmakten er avsluttet");
    // The proxy's browser posts the open form, without JavaScript.
    const posted = proxy.page.waitForResponse((r) => r.request().method() === "POST");
    await proxy.page.getByRole("button", { name: "Bestill timen" }).click();
    const response = await posted;
    expect([303, 404], `the post answered ${response.status()}`).toContain(response.status());
    await expect(
      proxy.page.getByRole("heading", { level: 1, name: "Vi fant ikke siden" }),
    ).toBeVisible();
    await proxy.context.close();
  });

  await test.step("Randi has no appointment booked by either", async () => {
    await grantor.page.goto("/for/meg/timeavtaler");
    await expect(
      grantor.page.getByRole("heading", { level: 1, name: "Timeavtaler" }),
    ).toBeVisible();
    for (const reason of reasons) await expect(grantor.page.getByText(reason)).toHaveCount(0);
  });
  await grantor.context.close();
});
