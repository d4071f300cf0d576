// Replaying a plain (no-JavaScript) form post from another session, for the refused-posts specs.
import type { APIResponse, Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/**
 * What the browser would post for this form without JavaScript: its hidden fields (React's
 * $ACTION_… fields among them) plus the given visible ones.
 */
export async function plainPost(
  form: Locator,
  visible: Record<string, string> = {},
): Promise<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const input of await form.locator('input[type="hidden"]').all()) {
    const name = await input.getAttribute("name");
    if (name) fields[name] = (await input.getAttribute("value")) ?? "";
  }
  return { ...fields, ...visible };
}

/** Posts the fields as the signed-in person of `page` (its cookies), as a no-JS browser would. */
export async function replay(
  page: Page,
  url: string,
  fields: Record<string, string>,
): Promise<APIResponse> {
  const origin = test.info().project.use.baseURL ?? "";
  return page.request.post(url, {
    multipart: fields,
    headers: { Origin: origin },
    maxRedirects: 0,
  });
}

/** 404 with the not-found page, or a 303 to a page that answers so. */
export async function expectNotFound(page: Page, response: APIResponse): Promise<void> {
  let final = response;
  if (response.status() === 303) {
    const location = response.headers()["location"] ?? "";
    expect(location, "a 303 names where to go").not.toBe("");
    final = await page.request.get(location, { maxRedirects: 0 });
  }
  expect(final.status(), `refused post answered ${response.status()}`).toBe(404);
  // In the server-rendered HTML itself (not only in the data a script would render), so a browser
  // without JavaScript shows it.
  expect(await final.text()).toContain("<h1>Vi fant ikke siden</h1>");
}
