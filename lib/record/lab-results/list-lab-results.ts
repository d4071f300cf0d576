import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { Prisma, type Db } from "@/lib/db/client";
import {
  OBSERVATION_JSON,
  fromJson,
  guardianFilter,
  toResultViews,
  type JsonObservation,
  type ResultView,
} from "./result-view";

/**
 * Five requisitions (each with its analyses, often 20–30 in all) make a page a person can read
 * through; "Eldre svar" goes on by keyset, so a deep page costs what the first does.
 */
export const REQUISITIONS_PER_PAGE = 5;

/** A keyset cursor: the last requisition of the page before ("<taken ISO>~<id>"). */
export type Cursor = { takenAt: Date; id: string };

const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function parseCursor(text: string | undefined): Cursor | null {
  const m = text ? CURSOR.exec(text) : null;
  if (!m) return null;
  const takenAt = new Date(m[1]!);
  return Number.isNaN(takenAt.getTime()) ? null : { takenAt, id: m[2]!.toLowerCase() };
}

export const formatCursor = (c: Cursor) => `${c.takenAt.toISOString()}~${c.id}`;

type RequisitionRow = {
  show_at_once: boolean;
  id: string;
  taken_at: Date;
  performing_lab: string;
  unit_name: string;
  organisation_name: string;
  orderer_name: string | null;
  orderer_profession: string | null;
  observations: JsonObservation[];
};

/** The one row when the page has no requisition: only the choice. */
type EmptyRow = { show_at_once: boolean; id: null };

export type RequisitionView = {
  id: string;
  takenAt: Date;
  performingLab: string;
  unitName: string;
  organisationName: string;
  ordererName: string | null;
  ordererProfession: string | null;
  results: ResultView[];
};

/**
 * The subject's requisitions, newest first, one keyset page at a time, each with its analyses as the
 * release rules allow (lib/access/result-visibility.ts). Through the LAB_RESULTS gate, logged.
 * Statements: the gate's facts, one query for the page and the choice, the log entry (plus BEGIN/COMMIT),
 * whatever the number of results.
 */
export async function listLabResults(
  db: Db,
  actor: Actor,
  subject: string,
  opts: { cursor?: Cursor | null; now?: Date } = {},
) {
  const now = opts.now ?? new Date();
  return withAccess(
    db,
    actor,
    { subject, category: "LAB_RESULTS", action: "READ" },
    async (tx, access) => {
      const personId = access.subject.id;
      const guardian = guardianFilter(access);
      const cursor = opts.cursor ?? null;
      // The page is picked first (index on person, taken desc, id), then only its observations are
      // read. The "show at once" choice comes along in the same statement: its one-row select is
      // the left side, so it arrives even when there is no requisition to show.
      const found = await tx.$queryRaw<Array<RequisitionRow | EmptyRow>>`
      WITH page AS (
        SELECT r.id, r.taken_at, r.performing_lab, r.ordering_unit_id, r.orderer_id
        FROM lab_requisition r
        WHERE r.person_id = ${personId}::uuid
          ${cursor ? Prisma.sql`AND (r.taken_at, r.id) < (${cursor.takenAt}::timestamptz, ${cursor.id}::uuid)` : Prisma.empty}
          AND EXISTS (SELECT 1 FROM lab_observation o WHERE o.requisition_id = r.id AND (${!guardian} OR NOT o.hidden_from_guardians))
        ORDER BY r.taken_at DESC, r.id DESC
        LIMIT ${REQUISITIONS_PER_PAGE + 1}
      ),
      shown AS (
        SELECT page.id, page.taken_at, page.performing_lab, u.name AS unit_name, org.name AS organisation_name,
               c.given_name || ' ' || c.family_name AS orderer_name, c.profession AS orderer_profession,
               (SELECT json_agg(${Prisma.raw(OBSERVATION_JSON)} ORDER BY a.short_name)
                  FROM lab_observation o JOIN lab_analysis a ON a.code = o.analysis_code
                 WHERE o.requisition_id = page.id AND (${!guardian} OR NOT o.hidden_from_guardians)) AS observations
        FROM page
        JOIN unit u ON u.id = page.ordering_unit_id
        JOIN organisation org ON org.id = u.organisation_id
        LEFT JOIN clinician c ON c.id = page.orderer_id
      )
      SELECT choice.show_at_once, shown.*
      FROM (SELECT coalesce((SELECT p.show_at_once FROM lab_release_preference p
                              WHERE p.person_id = ${personId}::uuid), false) AS show_at_once) choice
      LEFT JOIN shown ON true
      ORDER BY shown.taken_at DESC, shown.id DESC`;
      const showAtOnce = found[0]?.show_at_once ?? false;
      const rows = found.filter((r): r is RequisitionRow => r.id !== null);
      const pageRows = rows.slice(0, REQUISITIONS_PER_PAGE);
      const requisitions: RequisitionView[] = pageRows.map((r) => ({
        id: r.id,
        takenAt: r.taken_at,
        performingLab: r.performing_lab,
        unitName: r.unit_name,
        organisationName: r.organisation_name,
        ordererName: r.orderer_name,
        ordererProfession: r.orderer_profession,
        results: toResultViews(access, (r.observations ?? []).map(fromJson), { now, showAtOnce }),
      }));
      const last = pageRows[pageRows.length - 1];
      return {
        requisitions: requisitions.filter((r) => r.results.length > 0),
        next:
          rows.length > REQUISITIONS_PER_PAGE && last
            ? formatCursor({ takenAt: last.taken_at, id: last.id })
            : null,
        showAtOnce,
        /** Only the person themself makes the "show at once" choice. */
        canChoose: access.basis === "SELF",
      };
    },
    { now },
  );
}

export type LabResultsPage = Awaited<ReturnType<typeof listLabResults>>;
