import type { DocumentReference } from "@medplum/fhirtypes";
import { SELF_SUBJECT } from "@/lib/access/actor";
import type { ClinicalDocumentKind } from "@/lib/generated/prisma/enums";
import {
  clinicianName,
  isRecordItemVisible,
  placeName,
  recordItemSelect,
  recordItemWhere,
} from "@/lib/record/health-record/record-items";
import { FHIR_SYSTEMS } from "./systems";
import { fhirInstant, exportMapper, type ExportMapper } from "./types";

const KIND_DISPLAY: Record<ClinicalDocumentKind, string> = {
  LETTER: "Letter",
  DISCHARGE: "Discharge papers",
  EDUCATION: "Education material",
};

/**
 * DocumentReference: the PDFs a clinician sent (DOCUMENTS). The bytes are not read, let alone
 * inlined: a record with many letters would make the export huge. Each attachment points at the
 * portal's own gated download (app/(citizen)/for/[subject]/helseopplysninger/dokumenter/[id]), a
 * path relative to the portal, so fetching a file is still decided and logged per document.
 */
export const clinicalDocumentMapper: ExportMapper<DocumentReference> = exportMapper({
  category: "DOCUMENTS",
  resourceTypes: ["DocumentReference"],
  read: (tx, access) =>
    tx.clinicalDocument.findMany({
      where: { personId: access.subject.id, ...recordItemWhere(access) },
      orderBy: [{ sentAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        title: true,
        contentType: true,
        size: true,
        sentAt: true,
        ...recordItemSelect,
        sentBy: { select: { givenName: true, familyName: true, profession: true } },
      },
    }),
  shows: isRecordItemVisible,
  toResource: (d, ctx): DocumentReference => {
    const sender = clinicianName(d.sentBy);
    return {
      resourceType: "DocumentReference",
      id: d.id,
      status: "current",
      type: {
        coding: [
          {
            system: FHIR_SYSTEMS.sentDocumentKind,
            code: d.kind,
            display: KIND_DISPLAY[d.kind],
          },
        ],
        text: d.title,
      },
      subject: ctx.patient,
      date: fhirInstant(d.sentAt),
      description: d.title,
      author: [{ display: sender ? `${sender}, ${placeName(d.unit)}` : placeName(d.unit) }],
      content: [
        {
          attachment: {
            contentType: d.contentType,
            title: d.title,
            size: d.size,
            creation: fhirInstant(d.sentAt),
            url: `${ctx.origin}/for/${SELF_SUBJECT}/helseopplysninger/dokumenter/${d.id}`,
          },
        },
      ],
    };
  },
});
