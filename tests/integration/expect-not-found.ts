import { expect } from "vitest";
import { isNotFound } from "@/lib/access/errors";

/** The call is refused as "not found" (a gate refusal and a missing item look the same). */
export async function expectNotFound(work: Promise<unknown>): Promise<void> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isNotFound(error), `expected "not found", got ${String(error)}`).toBe(true);
}
