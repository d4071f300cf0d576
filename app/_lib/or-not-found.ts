import "server-only";
import { redirect } from "next/navigation";
import { isNotFound } from "@/lib/access/errors";

/**
 * A path with no route on purpose: Next answers it with app/not-found.tsx, status 404, rendered on
 * the server inside the root layout. `notFound()` thrown by a page or an action would not do: in a
 * production build Next 16 sends that 404 as an empty error shell (`<html id="__next_error__">`)
 * whose content only JavaScript fills in, so without JavaScript the page is blank, and thrown
 * inside a plain form post it ends in a 500. Never add a route here; the e2e specs check the page.
 */
export const NOT_FOUND_PATH = "/ikke-funnet";

/**
 * Ends the request as "not found", for a page (GET) or a form post, with or without JavaScript: a
 * redirect to the not-found page. Use it wherever `notFound()` would be called.
 */
export function showNotFound(): never {
  redirect(NOT_FOUND_PATH);
}

/**
 * Runs a domain call for a page. A refusal by the access gate and a missing item look the same:
 * "not found", so a page never reveals that another person's data exists.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isNotFound(error)) showNotFound();
    throw error;
  }
}
