import { allergyIntoleranceMapper } from "./allergies";
import { appointmentMapper } from "./appointments";
import { clinicalNoteMapper } from "./clinical-notes";
import { conditionMapper } from "./conditions";
import { clinicalDocumentMapper } from "./documents";
import { immunizationMapper } from "./immunizations";
import { medicationStatementMapper } from "./medications";
import { observationMapper } from "./observations";
import { patientMapper } from "./patient";
import type { ExportMapper } from "./types";

/**
 * Every domain "Last ned mine data" exports, one mapper a category, in bundle order. To add a
 * domain: write its mapper beside these and append it here; the exporter, the route, the log and
 * the tests pick it up. tests/integration/profile.test.ts checks every resource against FHIR R4.
 */
export const EXPORT_MAPPERS: readonly ExportMapper[] = [
  patientMapper,
  appointmentMapper,
  observationMapper,
  medicationStatementMapper,
  clinicalNoteMapper,
  conditionMapper,
  allergyIntoleranceMapper,
  immunizationMapper,
  clinicalDocumentMapper,
];
