import type { AllergyIntolerance } from "@medplum/fhirtypes";
import type { AllergyKind, AllergySeverity } from "@/lib/generated/prisma/enums";
import {
  clinicianName,
  isRecordItemVisible,
  placeName,
  recordItemSelect,
  recordItemWhere,
} from "@/lib/record/health-record/record-items";
import { FHIR_SYSTEMS } from "./systems";
import { fhirInstant, exportMapper, type ExportMapper } from "./types";

const TYPE: Record<AllergyKind, AllergyIntolerance["type"]> = {
  ALLERGY: "allergy",
  INTOLERANCE: "intolerance",
};
const SEVERITY: Record<AllergySeverity, "mild" | "moderate" | "severe"> = {
  MILD: "mild",
  MODERATE: "moderate",
  SEVERE: "severe",
};
// Criticality is the risk of a future life-threatening reaction; we only record how bad the reaction
// was, so a severe reaction means high risk and anything milder low.
const CRITICALITY: Record<AllergySeverity, AllergyIntolerance["criticality"]> = {
  MILD: "low",
  MODERATE: "low",
  SEVERE: "high",
};

/** AllergyIntolerance: allergies and intolerances (ALLERGIES), the substance with its ATC code when it is a medicine. */
export const allergyIntoleranceMapper: ExportMapper<AllergyIntolerance> = exportMapper({
  category: "ALLERGIES",
  resourceTypes: ["AllergyIntolerance"],
  read: (tx, access) =>
    tx.allergyIntolerance.findMany({
      where: { personId: access.subject.id, ...recordItemWhere(access) },
      orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        substance: true,
        atcCode: true,
        reaction: true,
        severity: true,
        verified: true,
        recordedAt: true,
        ...recordItemSelect,
        recordedBy: { select: { givenName: true, familyName: true, profession: true } },
      },
    }),
  shows: isRecordItemVisible,
  toResource: (a, ctx): AllergyIntolerance => {
    const recorder = clinicianName(a.recordedBy);
    return {
      resourceType: "AllergyIntolerance",
      id: a.id,
      clinicalStatus: { coding: [{ system: FHIR_SYSTEMS.allergyClinical, code: "active" }] },
      verificationStatus: {
        coding: [
          {
            system: FHIR_SYSTEMS.allergyVerification,
            code: a.verified ? "confirmed" : "unconfirmed",
          },
        ],
      },
      type: TYPE[a.kind],
      ...(a.atcCode ? { category: ["medication" as const] } : {}),
      criticality: CRITICALITY[a.severity],
      code: {
        ...(a.atcCode
          ? { coding: [{ system: FHIR_SYSTEMS.atc, code: a.atcCode, display: a.substance }] }
          : {}),
        text: a.substance,
      },
      patient: ctx.patient,
      recordedDate: fhirInstant(a.recordedAt),
      recorder: { display: recorder ? `${recorder}, ${placeName(a.unit)}` : placeName(a.unit) },
      reaction: [{ manifestation: [{ text: a.reaction }], severity: SEVERITY[a.severity] }],
    };
  },
});
