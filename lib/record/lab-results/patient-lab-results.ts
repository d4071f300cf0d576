import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { resultVisibility } from "@/lib/access/result-visibility";
import type { Db } from "@/lib/db/client";
import { loadShowAtOnce } from "./result-view";

export const CHART_RESULTS = 50;

/**
 * The newest results in a clinician's patient chart, with what the patient sees of each (released,
 * shown by the 14-day net, still waiting). Through the LAB_RESULTS gate like every other read.
 */
export async function getPatientLabResults(
  db: Db,
  actor: Actor,
  personId: string,
  now = new Date(),
) {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  return withAccess(
    db,
    actor,
    { subject: personId, category: "LAB_RESULTS", action: "READ" },
    async (tx, access) => {
      const showAtOnce = await loadShowAtOnce(tx, access.subject.id);
      const rows = await tx.labObservation.findMany({
        where: { personId: access.subject.id },
        orderBy: [{ takenAt: "desc" }, { id: "asc" }],
        take: CHART_RESULTS,
        select: {
          id: true,
          valueQuantity: true,
          valueText: true,
          unit: true,
          referenceLow: true,
          referenceHigh: true,
          referenceText: true,
          interpretation: true,
          status: true,
          takenAt: true,
          finalAt: true,
          releasedAt: true,
          comment: true,
          hiddenFromGuardians: true,
          hiddenReason: true,
          releaseCategory: true,
          analysis: { select: { code: true, shortName: true, decimals: true } },
          revisions: {
            where: { toStatus: "CORRECTED" },
            orderBy: [{ revisedAt: "asc" }, { id: "asc" }],
            select: {
              previousValueQuantity: true,
              previousValueText: true,
              previousUnit: true,
              revisedAt: true,
            },
          },
        },
      });
      return rows.map((r) => {
        // What the patient themself sees right now, so the clinician knows what is already shown.
        const forPatient = resultVisibility(
          "SELF",
          {
            releaseCategory: r.releaseCategory,
            status: r.status,
            finalAt: r.finalAt,
            releasedAt: r.releasedAt,
            hiddenFromGuardians: r.hiddenFromGuardians,
          },
          { now, showAtOnce },
        );
        return {
          id: r.id,
          analysis: r.analysis.shortName,
          code: r.analysis.code,
          decimals: r.analysis.decimals,
          value: r.valueQuantity === null ? null : Number(r.valueQuantity),
          valueText: r.valueText,
          unit: r.unit,
          low: r.referenceLow === null ? null : Number(r.referenceLow),
          high: r.referenceHigh === null ? null : Number(r.referenceHigh),
          refText: r.referenceText,
          interpretation: r.interpretation,
          status: r.status,
          takenAt: r.takenAt,
          comment: r.comment,
          hiddenFromGuardians: r.hiddenFromGuardians,
          hiddenReason: r.hiddenReason,
          patientSees: forPatient.state === "pending" ? forPatient.reason : ("visible" as const),
          /** Corrected by the laboratory: what it first reported, and when it last corrected it. */
          correction: correctionOf(r.revisions, r.analysis.decimals),
        };
      });
    },
    { now },
  );
}

/** The first value in the shape `LabFormat.value` writes, and the time of the last correction. */
function correctionOf(
  revisions: ReadonlyArray<{
    previousValueQuantity: { toString(): string } | null;
    previousValueText: string | null;
    previousUnit: string | null;
    revisedAt: Date;
  }>,
  decimals: number,
) {
  const first = revisions[0];
  const last = revisions[revisions.length - 1];
  if (!first || !last) return null;
  return {
    at: last.revisedAt,
    first: {
      value:
        first.previousValueQuantity === null
          ? null
          : Number(first.previousValueQuantity.toString()),
      valueText: first.previousValueText,
      unit: first.previousUnit,
      decimals,
    },
  };
}

export type PatientLabResult = Awaited<ReturnType<typeof getPatientLabResults>>[number];
