import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
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

/** Points on one trend: the newest this many results of the analysis. */
export const TREND_POINTS = 60;

const NLK_CODE = /^[A-Z]{3}\d{5}$/;

export function isAnalysisCode(code: unknown): code is string {
  return typeof code === "string" && NLK_CODE.test(code);
}

type Row = {
  code: string;
  name: string;
  short_name: string;
  unit: string | null;
  decimals: number;
  what: string | null;
  meaning: string | null;
  show_at_once: boolean | null;
  observations: JsonObservation[] | null;
};

export type VisibleResult = Extract<ResultView, { state: "visible" }>;

/**
 * One analysis over time for the subject: the released results oldest first (for the chart and the
 * table), the ones still pending, and the plain-language explanation in the reader's language.
 * One query after the gate's facts; an analysis the subject has no result for is "not found".
 */
export async function getAnalysisTrend(
  db: Db,
  actor: Actor,
  subject: string,
  code: string,
  opts: { locale: "nb" | "en"; now?: Date },
) {
  const now = opts.now ?? new Date();
  if (!isAnalysisCode(code)) throw new NotFoundError("lab_analysis");
  return withAccess(
    db,
    actor,
    { subject, category: "LAB_RESULTS", action: "READ" },
    async (tx, access) => {
      const personId = access.subject.id;
      const guardian = guardianFilter(access);
      const [row] = await tx.$queryRaw<Row[]>`
      SELECT a.code, a.name, a.short_name, a.unit, a.decimals, e.what, e.meaning,
             (SELECT p.show_at_once FROM lab_release_preference p WHERE p.person_id = ${personId}::uuid) AS show_at_once,
             (SELECT json_agg(x.obs ORDER BY x.taken_at)
                FROM (SELECT ${Prisma.raw(OBSERVATION_JSON)} AS obs, o.taken_at
                        FROM lab_observation o JOIN lab_analysis a ON a.code = o.analysis_code
                       WHERE o.person_id = ${personId}::uuid AND o.analysis_code = ${code}
                         AND (${!guardian} OR NOT o.hidden_from_guardians)
                       ORDER BY o.taken_at DESC
                       LIMIT ${TREND_POINTS}) x) AS observations
      FROM lab_analysis a
      LEFT JOIN lab_explanation e ON e.analysis_code = a.code AND e.locale = ${opts.locale}
      WHERE a.code = ${code}`;
      if (!row || !row.observations || row.observations.length === 0)
        throw new NotFoundError("lab_analysis");
      const views = toResultViews(access, row.observations.map(fromJson), {
        now,
        showAtOnce: row.show_at_once ?? false,
      });
      if (views.length === 0) throw new NotFoundError("lab_analysis");
      access.item("lab_analysis", row.code);
      return {
        analysis: {
          code: row.code,
          name: row.name,
          shortName: row.short_name,
          unit: row.unit,
          decimals: row.decimals,
        },
        explanation: row.what && row.meaning ? { what: row.what, meaning: row.meaning } : null,
        points: views.filter((v): v is VisibleResult => v.state === "visible" && v.value !== null),
        pending: views.filter((v) => v.state === "pending"),
      };
    },
    { now },
  );
}

export type AnalysisTrend = Awaited<ReturnType<typeof getAnalysisTrend>>;
