import type { MedicationStatement } from "@medplum/fhirtypes";
import { medicationVisibleWhere } from "@/lib/access/medication-visibility";
import type { MedicationStatementStatus } from "@/lib/generated/prisma/enums";
import { FHIR_SYSTEMS } from "./systems";
import { fhirDate, exportMapper, type ExportMapper } from "./types";

const STATUS: Record<MedicationStatementStatus, MedicationStatement["status"]> = {
  ACTIVE: "active",
  COMPLETED: "completed",
  STOPPED: "stopped",
};

/** MedicationStatement: the medication list with ATC codes, dosage and prescriber (MEDICATIONS). */
export const medicationStatementMapper: ExportMapper<MedicationStatement> = exportMapper({
  category: "MEDICATIONS",
  resourceTypes: ["MedicationStatement"],
  read: (tx, access) =>
    tx.medicationStatement.findMany({
      where: { personId: access.subject.id, ...medicationVisibleWhere(access) },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        atcCode: true,
        strength: true,
        form: true,
        dosage: true,
        instruction: true,
        reason: true,
        status: true,
        startDate: true,
        endDate: true,
        prescriber: { select: { givenName: true, familyName: true } },
        unit: { select: { name: true } },
      },
    }),
  toResource: (m, ctx): MedicationStatement => ({
    resourceType: "MedicationStatement",
    id: m.id,
    status: STATUS[m.status],
    medicationCodeableConcept: {
      coding: [{ system: FHIR_SYSTEMS.atc, code: m.atcCode, display: m.name }],
      text: `${m.name} ${m.strength} ${m.form}`,
    },
    subject: ctx.patient,
    effectivePeriod: {
      start: fhirDate(m.startDate),
      ...(m.endDate ? { end: fhirDate(m.endDate) } : {}),
    },
    ...(m.reason ? { reasonCode: [{ text: m.reason }] } : {}),
    dosage: [{ text: m.dosage, ...(m.instruction ? { patientInstruction: m.instruction } : {}) }],
    informationSource: {
      display: m.prescriber
        ? `${m.prescriber.givenName} ${m.prescriber.familyName}, ${m.unit.name}`
        : m.unit.name,
    },
  }),
});
