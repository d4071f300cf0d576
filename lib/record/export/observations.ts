import type { Observation } from "@medplum/fhirtypes";
import { resultViewer, resultVisibility } from "@/lib/access/result-visibility";
import type { LabInterpretation, LabObservationStatus } from "@/lib/generated/prisma/enums";
import { loadShowAtOnce } from "@/lib/record/lab-results/result-view";
import { FHIR_SYSTEMS } from "./systems";
import { fhirInstant, exportMapper, type ExportMapper } from "./types";

const STATUS: Record<LabObservationStatus, Observation["status"]> = {
  PRELIMINARY: "preliminary",
  FINAL: "final",
  CORRECTED: "corrected",
};

const INTERPRETATION: Record<LabInterpretation, { code: string; display: string }> = {
  NORMAL: { code: "N", display: "Normal" },
  LOW: { code: "L", display: "Low" },
  HIGH: { code: "H", display: "High" },
  CRITICAL_LOW: { code: "LL", display: "Critical low" },
  CRITICAL_HIGH: { code: "HH", display: "Critical high" },
  ABNORMAL: { code: "A", display: "Abnormal" },
};

/**
 * Observation: lab results the person may see now, by the release rules
 * (lib/access/result-visibility.ts). A result still waiting (for review, a conversation, or to be
 * final) is left out entirely: its value never leaves the server, not even as a placeholder.
 */
export const observationMapper: ExportMapper<Observation> = exportMapper({
  category: "LAB_RESULTS",
  resourceTypes: ["Observation"],
  // The release rules need the person's show-at-once choices, so they decide here, not in `shows`.
  async read(tx, access, ctx) {
    const showAtOnce = await loadShowAtOnce(tx, access.subject.id);
    const rows = await tx.labObservation.findMany({
      where: { personId: access.subject.id },
      orderBy: [{ takenAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        analysisCode: true,
        valueQuantity: true,
        valueText: true,
        unit: true,
        referenceLow: true,
        referenceHigh: true,
        referenceText: true,
        interpretation: true,
        status: true,
        takenAt: true,
        issuedAt: true,
        finalAt: true,
        releasedAt: true,
        comment: true,
        hiddenFromGuardians: true,
        releaseCategory: true,
        analysis: { select: { name: true } },
        requisition: { select: { performingLab: true } },
      },
    });
    const viewer = resultViewer(access.basis);
    return rows.filter(
      (o) =>
        resultVisibility(
          viewer,
          {
            releaseCategory: o.releaseCategory,
            status: o.status,
            finalAt: o.finalAt,
            releasedAt: o.releasedAt,
            hiddenFromGuardians: o.hiddenFromGuardians,
          },
          { now: ctx.now, showAtOnce },
        ).state === "visible",
    );
  },
  toResource: (o, ctx): Observation => ({
    resourceType: "Observation",
    id: o.id,
    status: STATUS[o.status],
    category: [
      {
        coding: [
          {
            system: FHIR_SYSTEMS.observationCategory,
            code: "laboratory",
            display: "Laboratory",
          },
        ],
      },
    ],
    code: {
      coding: [
        {
          system: o.analysisCode.startsWith("NPU") ? FHIR_SYSTEMS.npu : FHIR_SYSTEMS.localLab,
          code: o.analysisCode,
          display: o.analysis.name,
        },
      ],
      text: o.analysis.name,
    },
    subject: ctx.patient,
    effectiveDateTime: fhirInstant(o.takenAt),
    ...(o.issuedAt ? { issued: fhirInstant(o.issuedAt) } : {}),
    ...(o.valueQuantity !== null
      ? {
          valueQuantity: {
            value: Number(o.valueQuantity),
            ...(o.unit ? { unit: o.unit } : {}),
          },
        }
      : o.valueText !== null
        ? { valueString: o.valueText }
        : {}),
    ...(o.interpretation
      ? {
          interpretation: [
            {
              coding: [
                { system: FHIR_SYSTEMS.interpretation, ...INTERPRETATION[o.interpretation] },
              ],
            },
          ],
        }
      : {}),
    ...(o.referenceLow !== null || o.referenceHigh !== null || o.referenceText
      ? {
          referenceRange: [
            {
              ...(o.referenceLow !== null
                ? {
                    low: { value: Number(o.referenceLow), ...(o.unit ? { unit: o.unit } : {}) },
                  }
                : {}),
              ...(o.referenceHigh !== null
                ? {
                    high: {
                      value: Number(o.referenceHigh),
                      ...(o.unit ? { unit: o.unit } : {}),
                    },
                  }
                : {}),
              ...(o.referenceText ? { text: o.referenceText } : {}),
            },
          ],
        }
      : {}),
    ...(o.comment ? { note: [{ text: o.comment }] } : {}),
    performer: [{ display: o.requisition.performingLab }],
  }),
});
