// Who counts as health personnel, seen from the browser, and the security headers on every page:
// a Content-Security-Policy with a fresh nonce and no violation while pages load and work.
import type { Page } from "@playwright/test";
import { DEMO_PERSON_IDS } from "@/prisma/seed/demo-people";
import { expect, nationalIdOf, signInAsCitizen, signInAsClinician, test } from "./fixtures";

/** Collects CSP violations: the browser's console report and the DOM event, whichever comes. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text()))
      violations.push(m.text());
  });
  await page.exposeFunction("__reportCsp", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(
        `${e.violatedDirective} blocked ${e.blockedURI}`,
      );
    });
  });
  return violations;
}

async function expectCspOn(page: Page, path: string, heading: string | RegExp): Promise<void> {
  const response = await page.goto(path);
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp, `CSP on ${path}`).toMatch(
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/,
  );
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Next put this request's nonce on its own scripts.
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  const scripts = page.locator("script");
  expect(await scripts.count()).toBeGreaterThan(0);
  for (const n of await scripts.evaluateAll((all) =>
    all.map((s) => (s as HTMLScriptElement).nonce),
  ))
    expect(n).toBe(nonce);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("pages load with a per-request CSP nonce and no CSP violation, and their scripts run", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const violations = await watchCsp(page);

  const first = await page.goto("/logg-inn");
  const second = await page.goto("/logg-inn");
  expect(first?.headers()["content-security-policy"]).not.toBe(
    second?.headers()["content-security-policy"],
  );

  for (const [path, heading] of [
    ["/", "HelsaMi – din helse på ett sted"],
    ["/tilgjengelighet", /Tilgjengelighetserklæring/],
    ["/logg-inn", "Logg inn"],
  ] as const) {
    await expectCspOn(page, path, heading);
  }
  // Client JavaScript works under the policy: the form's error takes focus (a client effect).
  await page.getByLabel("Syntetisk fødselsnummer").fill("123");
  await page.getByRole("button", { name: "Logg inn med fødselsnummer" }).click();
  await expect(page.getByLabel("Syntetisk fødselsnummer")).toBeFocused();

  await signInAsCitizen(page, "Kari Nordmann");
  for (const [path, heading] of [
    ["/for/meg", "Hei, Kari Nordmann!"],
    ["/for/meg/timeavtaler", "Timeavtaler"],
    ["/for/meg/timeavtaler/ny", "Bestill time"],
    ["/for/meg/innsynslogg", "Innsynslogg"],
    ["/for/meg/fullmakter", "Fullmakter"],
  ] as const) {
    await expectCspOn(page, path, heading);
  }
  expect(violations).toEqual([]);

  // The watch itself works: a style without the nonce is reported.
  await page.evaluate(() => {
    const style = document.createElement("style");
    style.textContent = "body { outline: 0 }";
    document.head.append(style);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join("\n")).toMatch(/style-src/);
});

test("an adviser without HPR number or unit is offered only as organisation admin and cannot open Finn pasient", async ({
  page,
}) => {
  await page.goto("/logg-inn");
  const list = page.getByLabel("Velg testbehandler");
  await expect(list.getByRole("option", { name: /^Tor Bakken,/ })).toHaveText([
    "Tor Bakken, organisasjonsadministrator",
  ]);
  await list.selectOption({ label: "Tor Bakken, organisasjonsadministrator" });
  await page.getByRole("button", { name: "Logg inn som valgt behandler" }).click();
  await expect(page).toHaveURL(/\/admin/);
  await page.goto("/behandler/pasient");
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Finn pasient" })).toHaveCount(0);
});

test("a nurse in home nursing is told plainly that her unit cannot use emergency access", async ({
  page,
  axe,
}) => {
  await signInAsClinician(page, "Anne Johansen", "/behandler/pasient");
  await page.getByLabel("Fødselsnummer (11 siffer)").fill(nationalIdOf("Henrik Solberg"));
  await page.getByRole("button", { name: "Finn pasient" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Du kan ikke ta nødtilgang" }),
  ).toBeVisible();
  // The lookup answer itself is the same as for any number without access (issue 12 item 12).
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Du kan ikke åpne journalen til noen med dette fødselsnummeret.",
  );
  await expect(page.getByText("Ingen av enhetene dine er det.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ta nødtilgang" })).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText("Henrik Solberg");
  await axe("nødtilgang ikke tillatt");
});

test("looking people up for a proxy is limited: past the limit a plain message, what was typed kept, no error page", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAsCitizen(page, "Kari Nordmann", "/for/meg/fullmakter");
  const probe = nationalIdOf("Henrik Solberg");
  const submit = async () => {
    await page.getByLabel("Fødselsnummer (11 siffer)").fill(probe);
    await page.getByLabel("Etternavn").fill("Feilnavn");
    await page.getByRole("radio", { name: "Se", exact: true }).check();
    await page.getByRole("checkbox", { name: "Timeavtaler" }).check();
    return page.getByRole("button", { name: "Gi fullmakt" }).click();
  };
  // Ten lookups an hour per session (lib/rate-limit RATE_LIMITS.proxyLookup).
  for (let i = 0; i < 10; i++) {
    await submit();
    await expect(page.getByRole("alert")).toContainText(
      "Vi kan ikke gi fullmakt til denne personen",
    );
  }
  await submit();
  await expect(page.getByRole("alert")).toContainText(
    "Du har slått opp for mange personer på kort tid.",
  );
  await expect(page.getByLabel("Fødselsnummer (11 siffer)")).toHaveValue(probe);
  await context.close();
});

test("a page someone may not see is the not-found page in plain HTML (status 404), so it reads without JavaScript", async ({
  page,
  browser,
  axe,
}) => {
  // Next 16 sent a thrown notFound() as an empty shell that only JavaScript filled in.
  const henrik = DEMO_PERSON_IDS.henrikSolberg;
  await signInAsCitizen(page, "Kari Nordmann");
  const refused = [
    `/for/${henrik}/timeavtaler`, // nobody Kari may act for (the layout refuses)
    `/for/meg/timeavtaler/00000000-0000-4000-8000-000000000000`, // no such appointment (the gate)
    `/for/meg/helseopplysninger/notater/00000000-0000-4000-8000-000000000000`,
  ];
  for (const path of refused) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("<h1>Vi fant ikke siden</h1>");
  }
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  try {
    const plain = await noScript.newPage();
    await signInAsClinician(plain, "Lise Berg");
    // A chart nobody may open: the page refuses before anything is read.
    const response = await plain.goto("/behandler/pasient/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    await expect(
      plain.getByRole("heading", { level: 1, name: "Vi fant ikke siden" }),
    ).toBeVisible();
  } finally {
    await noScript.close();
  }
  await page.goto(refused[0]!);
  await expect(page.getByRole("heading", { level: 1, name: "Vi fant ikke siden" })).toBeVisible();
  await axe("not found"); // axe needs JavaScript: the same page, scanned with it on
});
