import type { Bundle } from "@medplum/fhirtypes";
import { expect } from "vitest";
import { assertFhirR4Bundle } from "../fhir/validate-bundle";

/** The export is a valid FHIR R4 Bundle (tests/fhir/validate-bundle.ts), and says so in vitest terms. */
export function expectFhirR4Bundle(bundle: Bundle): void {
  expect(() => assertFhirR4Bundle(JSON.parse(JSON.stringify(bundle)))).not.toThrow();
}
