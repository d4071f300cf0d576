import type { Condition } from "@medplum/fhirtypes";
import type { DiagnosisCodeSystem, DiagnosisStatus } from "@/lib/generated/prisma/enums";
import {
  clinicianName,
  isRecordItemVisible,
  placeName,
  recordItemSelect,
  recordItemWhere,
} from "@/lib/record/health-record/record-items";
import { FHIR_SYSTEMS } from "./systems";
import { fhirDate, exportMapper, type ExportMapper } from "./types";

const CODE_SYSTEM: Record<DiagnosisCodeSystem, string> = {
  ICPC2: FHIR_SYSTEMS.icpc2,
  ICD10: FHIR_SYSTEMS.icd10,
};
const CLINICAL: Record<DiagnosisStatus, string> = { ACTIVE: "active", RESOLVED: "resolved" };

/**
 * Condition: the problem list (DIAGNOSES), ICPC-2 from the GP or ICD-10 from the hospital, with the
 * plain-language text the portal shows. We know the day it was diagnosed, not when it began, so that
 * day is recordedDate (no onset is invented).
 */
export const conditionMapper: ExportMapper<Condition> = exportMapper({
  category: "DIAGNOSES",
  resourceTypes: ["Condition"],
  read: (tx, access) =>
    tx.diagnosis.findMany({
      where: { personId: access.subject.id, ...recordItemWhere(access) },
      orderBy: [{ diagnosedOn: "asc" }, { id: "asc" }],
      select: {
        id: true,
        codeSystem: true,
        code: true,
        status: true,
        diagnosedOn: true,
        resolvedOn: true,
        ...recordItemSelect,
        diagnosisCode: { select: { textNb: true } },
        recordedBy: { select: { givenName: true, familyName: true, profession: true } },
      },
    }),
  shows: isRecordItemVisible,
  toResource: (d, ctx): Condition => {
    const recorder = clinicianName(d.recordedBy);
    return {
      resourceType: "Condition",
      id: d.id,
      clinicalStatus: {
        coding: [{ system: FHIR_SYSTEMS.conditionClinical, code: CLINICAL[d.status] }],
      },
      category: [
        { coding: [{ system: FHIR_SYSTEMS.conditionCategory, code: "problem-list-item" }] },
      ],
      code: {
        coding: [
          { system: CODE_SYSTEM[d.codeSystem], code: d.code, display: d.diagnosisCode.textNb },
        ],
        text: d.diagnosisCode.textNb,
      },
      subject: ctx.patient,
      recordedDate: fhirDate(d.diagnosedOn),
      ...(d.resolvedOn ? { abatementDateTime: fhirDate(d.resolvedOn) } : {}),
      ...(recorder ? { recorder: { display: `${recorder}, ${placeName(d.unit)}` } } : {}),
      asserter: { display: placeName(d.unit) },
    };
  },
});
