import type { Immunization } from "@medplum/fhirtypes";
import {
  isRecordItemVisible,
  placeName,
  recordItemSelect,
  recordItemWhere,
} from "@/lib/record/health-record/record-items";
import { FHIR_SYSTEMS } from "./systems";
import { fhirDate, exportMapper, type ExportMapper } from "./types";

/** Immunization: the vaccines given (VACCINES), in SYSVAK's shape: ATC code, day, dose number, where. */
export const immunizationMapper: ExportMapper<Immunization> = exportMapper({
  category: "VACCINES",
  resourceTypes: ["Immunization"],
  read: (tx, access) =>
    tx.vaccination.findMany({
      where: { personId: access.subject.id, ...recordItemWhere(access) },
      orderBy: [{ givenOn: "asc" }, { id: "asc" }],
      select: {
        id: true,
        vaccineName: true,
        atcCode: true,
        disease: true,
        doseNumber: true,
        givenOn: true,
        ...recordItemSelect,
      },
    }),
  shows: isRecordItemVisible,
  toResource: (v, ctx): Immunization => ({
    resourceType: "Immunization",
    id: v.id,
    status: "completed",
    vaccineCode: {
      coding: [{ system: FHIR_SYSTEMS.atc, code: v.atcCode, display: v.vaccineName }],
      text: v.vaccineName,
    },
    patient: ctx.patient,
    occurrenceDateTime: fhirDate(v.givenOn),
    location: { display: placeName(v.unit) },
    performer: [{ actor: { display: placeName(v.unit) } }],
    protocolApplied: [
      { doseNumberPositiveInt: v.doseNumber, targetDisease: [{ text: v.disease }] },
    ],
  }),
});
