import type { Access } from "@/lib/access/gate";
import { resultViewer, resultVisibility } from "@/lib/access/result-visibility";
import type {
  LabInterpretation,
  LabObservationStatus,
  LabReleaseCategory,
} from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/client";

/** An observation as read from the database (numbers as exact decimal text). */
export type ObservationRecord = {
  id: string;
  code: string;
  name: string;
  shortName: string;
  decimals: number;
  category: LabReleaseCategory;
  value: string | null;
  valueText: string | null;
  unit: string | null;
  low: string | null;
  high: string | null;
  refText: string | null;
  interpretation: LabInterpretation | null;
  status: LabObservationStatus;
  takenAt: Date;
  finalAt: Date | null;
  releasedAt: Date | null;
  /** When the laboratory last corrected it (status CORRECTED), else null. */
  correctedAt: Date | null;
  comment: string | null;
  hidden: boolean;
};

/** What a citizen-side page may show of one result: all of it, or only that it is pending. */
export type ResultView =
  | {
      state: "visible";
      id: string;
      code: string;
      name: string;
      shortName: string;
      value: number | null;
      valueText: string | null;
      decimals: number;
      unit: string | null;
      low: number | null;
      high: number | null;
      refText: string | null;
      interpretation: LabInterpretation | null;
      status: LabObservationStatus;
      takenAt: Date;
      /** "Rettet svar": when the laboratory last corrected the value. */
      correctedAt: Date | null;
      comment: string | null;
      /** Shown to the young person themself: this item is not shown to guardians. */
      hiddenFromGuardians: boolean;
      released: { at: Date } | null;
    }
  | {
      state: "pending";
      id: string;
      code: string;
      name: string;
      shortName: string;
      takenAt: Date;
      showsBy: Date | null;
      reason: "not_final" | "awaiting_review" | "awaiting_conversation";
    };

const num = (text: string | null) => (text === null ? null : Number(text));

/**
 * Applies the release rule to each record and keeps only what this access may see. A pending result
 * keeps its name and date and nothing else, so the value or flag can never reach the page.
 */
export function toResultViews(
  access: Pick<Access, "basis">,
  rows: readonly ObservationRecord[],
  ctx: { now: Date; showAtOnce: boolean },
): ResultView[] {
  const viewer = resultViewer(access.basis);
  const views: ResultView[] = [];
  for (const o of rows) {
    const v = resultVisibility(
      viewer,
      {
        releaseCategory: o.category,
        status: o.status,
        finalAt: o.finalAt,
        releasedAt: o.releasedAt,
        hiddenFromGuardians: o.hidden,
      },
      ctx,
    );
    if (v.state === "hidden") continue;
    if (v.state === "pending") {
      views.push({
        state: "pending",
        id: o.id,
        code: o.code,
        name: o.name,
        shortName: o.shortName,
        takenAt: o.takenAt,
        showsBy: v.showsBy,
        reason: v.reason,
      });
      continue;
    }
    views.push({
      state: "visible",
      id: o.id,
      code: o.code,
      name: o.name,
      shortName: o.shortName,
      value: num(o.value),
      valueText: o.valueText,
      decimals: o.decimals,
      unit: o.unit,
      low: num(o.low),
      high: num(o.high),
      refText: o.refText,
      interpretation: o.interpretation,
      status: o.status,
      takenAt: o.takenAt,
      correctedAt: o.status === "CORRECTED" ? o.correctedAt : null,
      comment: o.comment,
      hiddenFromGuardians: viewer === "SELF" && o.hidden,
      released: o.releasedAt && o.releasedAt <= ctx.now ? { at: o.releasedAt } : null,
    });
  }
  return views;
}

/** Guardians (parents, proxies) never get rows hidden from guardians, not even to count them. */
export function guardianFilter(access: Pick<Access, "basis">): boolean {
  return resultViewer(access.basis) === "GUARDIAN";
}

/** The subject's "vis svarene mine med en gang" choice. */
export async function loadShowAtOnce(tx: Tx, personId: string): Promise<boolean> {
  const pref = await tx.labReleasePreference.findUnique({
    where: { personId },
    select: { showAtOnce: true },
  });
  return pref?.showAtOnce ?? false;
}

/** SQL for one observation as JSON, shared by the reads (columns of lab_observation o, lab_analysis a). */
export const OBSERVATION_JSON = `json_build_object(
  'id', o.id, 'code', o.analysis_code, 'name', a.name, 'shortName', a.short_name, 'decimals', a.decimals,
  'category', o.release_category, 'value', o.value_quantity::text, 'valueText', o.value_text, 'unit', o.unit,
  'low', o.reference_low::text, 'high', o.reference_high::text, 'refText', o.reference_text,
  'interpretation', o.interpretation, 'status', o.status, 'takenAt', o.taken_at, 'finalAt', o.final_at,
  'releasedAt', o.released_at, 'comment', o.comment, 'hidden', o.hidden_from_guardians,
  'correctedAt', CASE WHEN o.status = 'CORRECTED' THEN (SELECT max(v.revised_at) FROM lab_observation_revision v
                   WHERE v.observation_id = o.id AND v.to_status = 'CORRECTED') END)`;

type JsonObservation = Omit<
  ObservationRecord,
  "takenAt" | "finalAt" | "releasedAt" | "correctedAt"
> & {
  takenAt: string;
  finalAt: string | null;
  releasedAt: string | null;
  correctedAt: string | null;
};

/** Dates arrive as text inside JSON. */
export function fromJson(o: JsonObservation): ObservationRecord {
  return {
    ...o,
    takenAt: new Date(o.takenAt),
    finalAt: o.finalAt ? new Date(o.finalAt) : null,
    releasedAt: o.releasedAt ? new Date(o.releasedAt) : null,
    correctedAt: o.correctedAt ? new Date(o.correctedAt) : null,
  };
}
export type { JsonObservation };
