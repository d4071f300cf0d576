import type { DocumentReference } from "@medplum/fhirtypes";
import type { ClinicalNoteKind } from "@/lib/generated/prisma/enums";
import { noteFactsSelect, noteVisibility, visibleNoteWhere } from "@/lib/record/note-visibility";
import { FHIR_SYSTEMS } from "./systems";
import { fhirInstant, exportMapper, type ExportMapper } from "./types";

const KIND_DISPLAY: Record<ClinicalNoteKind, string> = {
  VISIT_SUMMARY: "Visit summary",
  PROGRESS_NOTE: "Progress note",
  DISCHARGE_SUMMARY: "Discharge summary",
};

/**
 * DocumentReference: the clinical notes released to the patient (NOTES), the text inline as
 * text/plain. Documents a clinician sent (PDFs, category DOCUMENTS) get their own mapper.
 */
export const clinicalNoteMapper: ExportMapper<DocumentReference> = exportMapper({
  category: "NOTES",
  resourceTypes: ["DocumentReference"],
  read: (tx, access, ctx) =>
    tx.clinicalNote.findMany({
      where: { personId: access.subject.id, ...visibleNoteWhere(access, ctx.now) },
      orderBy: [{ writtenAt: "asc" }, { id: "asc" }],
      select: {
        ...noteFactsSelect,
        id: true,
        kind: true,
        title: true,
        body: true,
        writtenAt: true,
        unit: { select: { kind: true, organisationId: true, name: true } },
        author: { select: { givenName: true, familyName: true } },
      },
    }),
  shows: (view, n) => noteVisibility(view, n).visible,
  toResource: (n, ctx): DocumentReference => ({
    resourceType: "DocumentReference",
    id: n.id,
    status: "current",
    type: {
      coding: [{ system: FHIR_SYSTEMS.documentClass, code: n.kind, display: KIND_DISPLAY[n.kind] }],
      text: n.title,
    },
    subject: ctx.patient,
    date: fhirInstant(n.writtenAt),
    description: n.title,
    author: [
      {
        display: n.author
          ? `${n.author.givenName} ${n.author.familyName}, ${n.unit.name}`
          : n.unit.name,
      },
    ],
    content: [
      {
        attachment: {
          contentType: "text/plain; charset=utf-8",
          title: n.title,
          data: Buffer.from(n.body, "utf8").toString("base64"),
        },
      },
    ],
  }),
});
