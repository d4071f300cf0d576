import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccessToMany } from "@/lib/access/gate";
import { safetyNetAt, safetyNetPassedFor } from "@/lib/access/result-visibility";
import { careRelationKindsReaching } from "@/lib/access/rules";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LabInterpretation, LabReleaseCategory } from "@/lib/generated/prisma/enums";
import type { Cursor } from "@/lib/messages/cursor";

/** Rows per page of the release work list. */
export const RELEASE_PAGE_SIZE = 25;

type WorkRow = {
  id: string;
  personId: string;
  valueQuantity: Prisma.Decimal | null;
  valueText: string | null;
  unit: string | null;
  referenceLow: Prisma.Decimal | null;
  referenceHigh: Prisma.Decimal | null;
  referenceText: string | null;
  interpretation: LabInterpretation | null;
  takenAt: Date;
  finalAt: Date;
  hiddenFromGuardians: boolean;
  code: string;
  shortName: string;
  category: LabReleaseCategory;
  decimals: number;
  givenName: string;
  familyName: string;
  birthDate: Date;
  showAtOnce: boolean;
  unitName: string;
};

/**
 * The clinician's release work list: final results ordered by their units that the patient does not
 * see yet and that wait for a clinician (AFTER_CONVERSATION, and AFTER_REVIEW until its 14-day net
 * passes; a result past it shows already, so it has left the list), oldest first, a keyset page of
 * 25 at a time: after the last row of a page (next) or before its first (previous). Only patients a
 * care relation of the clinician's units opens results for are asked of the database (so refused
 * rows take no place on a page), the gate decides each, and only the patients on the page shown are
 * read through it and logged (withAccessToMany), so a page costs the same whatever the backlog.
 *
 * One SQL statement, two walks (one per waiting category; each result keeps the category it arrived
 * with) merged in time order: almost every unreleased row is an IMMEDIATE result that never waits,
 * so a walk of all unreleased results would read millions of rows at region scale before it found a
 * page. The partial index lab_observation (release_category, final_at, id) WHERE released_at IS
 * NULL AND release_category <> 'IMMEDIATE' holds only the waiting ones, and the AFTER_REVIEW walk
 * starts at the net's edge. Neither walk depends on the size of the analysis dictionary.
 * The unit and care-relation checks are scalar subqueries, checked row by row along that walk: as
 * EXISTS the planner may turn them around and start from every patient of the unit instead.
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
  const dir = backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const keyset = !cursor
    ? Prisma.empty
    : backwards
      ? Prisma.sql`AND (o.final_at, o.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
      : Prisma.sql`AND (o.final_at, o.id) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
  const kinds = careRelationKindsReaching("LAB_RESULTS");
  return withAccessToMany(
    db,
    actor,
    { category: "LAB_RESULTS", action: "READ" },
    async (tx, access) => {
      // One walk per waiting category, each in (final_at, id) order along the partial index.
      const walk = (
        category: "AFTER_REVIEW" | "AFTER_CONVERSATION",
        from: Prisma.Sql,
      ) => Prisma.sql`
        (SELECT o.id, o.person_id AS "personId", o.requisition_id, o.analysis_code,
                o.release_category::text AS category, o.value_quantity AS "valueQuantity",
                o.value_text AS "valueText", o.unit, o.reference_low AS "referenceLow",
                o.reference_high AS "referenceHigh", o.reference_text AS "referenceText",
                o.interpretation::text AS interpretation, o.taken_at AS "takenAt",
                o.final_at AS "finalAt", o.hidden_from_guardians AS "hiddenFromGuardians"
           FROM lab_observation o
          WHERE o.release_category = ${Prisma.raw(`'${category}'`)}
            AND o.released_at IS NULL
            AND o.status IN ('FINAL', 'CORRECTED')
            ${from}
            ${keyset}
            AND (SELECT true FROM lab_requisition r
                  WHERE r.id = o.requisition_id AND r.ordering_unit_id = ANY(${unitIds}::uuid[]))
            AND (SELECT true FROM care_relation c
                  WHERE c.person_id = o.person_id AND c.unit_id = ANY(${unitIds}::uuid[])
                    AND c.kind::text = ANY(${kinds}::text[])
                    AND c.valid_from <= ${now}::timestamptz
                    AND (c.valid_until IS NULL OR c.valid_until >= ${now}::timestamptz)
                  LIMIT 1)
          ORDER BY o.final_at ${dir}, o.id ${dir}
          LIMIT ${pageSize + 1})`;
      const rows = await tx.$queryRaw<WorkRow[]>(Prisma.sql`
        SELECT w.*, a.code, a.short_name AS "shortName", a.decimals,
               p.given_name AS "givenName", p.family_name AS "familyName",
               p.birth_date AS "birthDate", COALESCE(pref.show_at_once, false) AS "showAtOnce",
               u.name AS "unitName"
          FROM (${walk("AFTER_REVIEW", Prisma.sql`AND o.final_at > ${safetyNetPassedFor(now)}::timestamptz`)}
                UNION ALL
                ${walk("AFTER_CONVERSATION", Prisma.empty)}) w
          JOIN lab_analysis a ON a.code = w.analysis_code
          JOIN person p ON p.id = w."personId"
          LEFT JOIN lab_release_preference pref ON pref.person_id = w."personId"
          JOIN lab_requisition rq ON rq.id = w.requisition_id
          JOIN unit u ON u.id = rq.ordering_unit_id
         ORDER BY w."finalAt" ${dir}, w.id ${dir}
         LIMIT ${pageSize + 1}`);
      const more = rows.length > pageSize;
      const page = rows.slice(0, pageSize);
      if (backwards) page.reverse();
      const first = page[0];
      const last = page.at(-1);
      const at = (r: WorkRow): Cursor => ({ at: r.finalAt, id: r.id });
      // The row read past the page only tells whether there is another page: not shown, not logged.
      const allowed = await access.permitted(page.map((r) => r.personId));
      const items = page
        .filter((r) => allowed.has(r.personId))
        .map((r) => ({
          id: r.id,
          personId: r.personId,
          patientName: `${r.givenName} ${r.familyName}`,
          birthDate: r.birthDate,
          analysis: r.shortName,
          code: r.code,
          category: r.category,
          decimals: r.decimals,
          value: r.valueQuantity === null ? null : Number(r.valueQuantity),
          valueText: r.valueText,
          unit: r.unit,
          low: r.referenceLow === null ? null : Number(r.referenceLow),
          high: r.referenceHigh === null ? null : Number(r.referenceHigh),
          refText: r.referenceText,
          interpretation: r.interpretation,
          takenAt: r.takenAt,
          unitName: r.unitName,
          hiddenFromGuardians: r.hiddenFromGuardians,
          /** The patient chose "vis svarene mine med en gang": a result awaiting review shows already. */
          patientSeesAlready: r.category === "AFTER_REVIEW" && r.showAtOnce,
          /** When the patient sees it anyway (the 14-day net), or null: only after a conversation. */
          showsBy: r.category === "AFTER_REVIEW" ? safetyNetAt(r.finalAt) : null,
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
