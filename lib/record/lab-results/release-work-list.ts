import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccessToMany } from "@/lib/access/gate";
import { safetyNetAt, safetyNetPassedFor } from "@/lib/access/result-visibility";
import { careRelationKindsReaching } from "@/lib/access/rules";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cursor } from "@/lib/messages/cursor";

/** Rows per page of the release work list. */
export const RELEASE_PAGE_SIZE = 25;

/**
 * The clinician's release work list: final results ordered by their units that wait for a clinician
 * (AFTER_CONVERSATION, and AFTER_REVIEW within its 14-day net; not yet released), oldest first, a keyset page of 25 at a
 * time: after the last row of a page (next) or before its first (previous). Only patients the
 * clinician may see now are shown (asked of the database by care relation, decided by the gate), and only the patients on the page shown are read through the
 * gate and logged (withAccessToMany), so a page costs the same whatever the backlog.
 */
export async function listReleaseWorkList(
  db: Db,
  actor: Actor,
  input: { after?: Cursor | null; before?: Cursor | null; pageSize?: number } = {},
  now = new Date(),
) {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const unitIds = actor.units.map((u) => u.id);
  const pageSize = input.pageSize ?? RELEASE_PAGE_SIZE;
  // Backwards from a page's first row ("Forrige side"), else forwards after its last row.
  const backwards = !input.after && !!input.before;
  const cursor = backwards ? input.before! : (input.after ?? null);
  const cmp = backwards ? "lt" : "gt";
  const keyset: Prisma.LabObservationWhereInput = cursor
    ? {
        OR: [{ finalAt: { [cmp]: cursor.at } }, { finalAt: cursor.at, id: { [cmp]: cursor.id } }],
      }
    : {};
  const dir = backwards ? "desc" : "asc";
  return withAccessToMany(
    db,
    actor,
    { category: "LAB_RESULTS", action: "READ" },
    async (tx, access) => {
      const rows = await tx.labObservation.findMany({
        where: {
          releasedAt: null,
          status: { in: ["FINAL", "CORRECTED"] },
          // A final result always has its time; the keyset needs one to order by.
          finalAt: { not: null },
          // Only what the patient does not see yet: a result awaiting review whose 14-day net has
          // passed shows already, so it has left the list (else, oldest first, years of such
          // results would fill its first pages).
          OR: [
            { analysis: { releaseCategory: "AFTER_CONVERSATION" } },
            {
              analysis: { releaseCategory: "AFTER_REVIEW" },
              finalAt: { gt: safetyNetPassedFor(now) },
            },
          ],
          requisition: { orderingUnitId: { in: unitIds } },
          // Only patients a care relation of these units opens results for: without this, rows the
          // gate then refuses would take a page's places and leave it part empty.
          person: {
            careRelations: {
              some: {
                unitId: { in: unitIds },
                kind: { in: careRelationKindsReaching("LAB_RESULTS") },
                validFrom: { lte: now },
                OR: [{ validUntil: null }, { validUntil: { gte: now } }],
              },
            },
          },
          AND: [keyset],
        },
        orderBy: [{ finalAt: dir }, { id: dir }],
        take: pageSize + 1,
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
          person: {
            select: {
              givenName: true,
              familyName: true,
              birthDate: true,
              labReleasePreference: { select: { showAtOnce: true } },
            },
          },
          requisition: { select: { orderingUnit: { select: { name: true } } } },
        },
      });
      const more = rows.length > pageSize;
      const page = rows.slice(0, pageSize);
      if (backwards) page.reverse();
      const first = page[0];
      const last = page.at(-1);
      const at = (r: (typeof page)[number]): Cursor => ({ at: r.finalAt!, id: r.id });
      // The row read past the page only tells whether there is another page: not shown, not logged.
      const allowed = await access.permitted(page.map((r) => r.personId));
      const items = page
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
          /** The patient chose "vis svarene mine med en gang": a result awaiting review shows already. */
          patientSeesAlready:
            r.analysis.releaseCategory === "AFTER_REVIEW" &&
            (r.person.labReleasePreference?.showAtOnce ?? false),
          /** When the patient sees it anyway (the 14-day net), or null: only after a conversation. */
          showsBy:
            r.analysis.releaseCategory === "AFTER_REVIEW" && r.finalAt
              ? safetyNetAt(r.finalAt)
              : null,
        }));
      return {
        items,
        next: last && (backwards || more) ? at(last) : null,
        previous: first && (backwards ? more : cursor !== null) ? at(first) : null,
      };
    },
    { now },
  );
}

export type ReleaseWorkItem = Awaited<ReturnType<typeof listReleaseWorkList>>["items"][number];
