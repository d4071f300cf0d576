import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccessToMany } from "@/lib/access/gate";
import { safetyNetAt } from "@/lib/access/result-visibility";
import type { Db } from "@/lib/db/client";

export const WORK_LIST_SIZE = 100;

/**
 * The clinician's release work list: final results ordered by their units that wait for a clinician
 * (AFTER_REVIEW and AFTER_CONVERSATION, not yet released), oldest first. Only patients the clinician
 * may see now are shown, and each one shown is logged (withAccessToMany).
 */
export async function listReleaseWorkList(db: Db, actor: Actor, now = new Date()) {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const unitIds = actor.units.map((u) => u.id);
  return withAccessToMany(
    db,
    actor,
    { category: "LAB_RESULTS", action: "READ" },
    async (tx, access) => {
      const rows = await tx.labObservation.findMany({
        where: {
          releasedAt: null,
          status: { in: ["FINAL", "CORRECTED"] },
          analysis: { releaseCategory: { in: ["AFTER_REVIEW", "AFTER_CONVERSATION"] } },
          requisition: { orderingUnitId: { in: unitIds } },
        },
        orderBy: [{ finalAt: "asc" }, { id: "asc" }],
        take: WORK_LIST_SIZE,
        select: {
          id: true,
          personId: true,
          valueQuantity: true,
          valueText: true,
          unit: true,
          referenceLow: true,
          referenceHigh: true,
          referenceText: true,
          interpretation: true,
          takenAt: true,
          finalAt: true,
          comment: true,
          hiddenFromGuardians: true,
          analysis: {
            select: { code: true, shortName: true, releaseCategory: true, decimals: true },
          },
          person: { select: { givenName: true, familyName: true, birthDate: true } },
          requisition: { select: { orderingUnit: { select: { name: true } } } },
        },
      });
      const allowed = await access.permitted(rows.map((r) => r.personId));
      return rows
        .filter((r) => allowed.has(r.personId))
        .map((r) => ({
          id: r.id,
          personId: r.personId,
          patientName: `${r.person.givenName} ${r.person.familyName}`,
          birthDate: r.person.birthDate,
          analysis: r.analysis.shortName,
          code: r.analysis.code,
          category: r.analysis.releaseCategory,
          decimals: r.analysis.decimals,
          value: r.valueQuantity === null ? null : Number(r.valueQuantity),
          valueText: r.valueText,
          unit: r.unit,
          low: r.referenceLow === null ? null : Number(r.referenceLow),
          high: r.referenceHigh === null ? null : Number(r.referenceHigh),
          refText: r.referenceText,
          interpretation: r.interpretation,
          takenAt: r.takenAt,
          unitName: r.requisition.orderingUnit.name,
          hiddenFromGuardians: r.hiddenFromGuardians,
          /** When the patient sees it anyway (the 14-day net), or null: only after a conversation. */
          showsBy:
            r.analysis.releaseCategory === "AFTER_REVIEW" && r.finalAt
              ? safetyNetAt(r.finalAt)
              : null,
        }));
    },
    { now },
  );
}

export type ReleaseWorkItem = Awaited<ReturnType<typeof listReleaseWorkList>>[number];
