import type {
  AccessBasis,
  LabObservationStatus,
  LabReleaseCategory,
} from "@/lib/generated/prisma/enums";
import { addOsloDaysExact } from "@/lib/time/oslo";

/**
 * The Norwegian release rules for one lab result, as a pure function, so the general item-visibility
 * function in lib/access can call it and a table test can pin it down.
 *
 * - A clinician in care (care relation or emergency) sees every result.
 * - "Ikke vis til foresatte": a parent or proxy never sees the result, not even that it exists.
 * - The patient and their proxies see a result once it is released:
 *     IMMEDIATE           when it is final;
 *     AFTER_REVIEW        when a clinician released it, when the patient chose "vis svarene mine med en
 *                         gang", or at the latest 14 days after it became final (the safety net,
 *                         computed here at read time, exact to the minute on the Oslo wall clock);
 *     AFTER_CONVERSATION  only when a clinician released it.
 *   Until then they see that it is pending (name and date, never value or flag) and, where there is
 *   one, the latest moment it will show.
 */
export const SAFETY_NET_DAYS = 14;

export type ResultViewer = "SELF" | "GUARDIAN" | "CLINICIAN";

/** Parents and proxies are guardians here: hidden items and their existence stay with the patient. */
export function resultViewer(basis: AccessBasis): ResultViewer {
  if (basis === "SELF") return "SELF";
  if (basis === "CARE_RELATION" || basis === "EMERGENCY") return "CLINICIAN";
  return "GUARDIAN";
}

export type ResultFacts = {
  releaseCategory: LabReleaseCategory;
  status: LabObservationStatus;
  /** When it first became final; null while preliminary. */
  finalAt: Date | null;
  releasedAt: Date | null;
  hiddenFromGuardians: boolean;
};

export type ResultVisibility =
  | { state: "visible" }
  /** Pending: shows no later than `showsBy`, or only after a clinician releases it (null). */
  | {
      state: "pending";
      showsBy: Date | null;
      reason: "not_final" | "awaiting_review" | "awaiting_conversation";
    }
  | { state: "hidden" };

/** The latest moment an AFTER_REVIEW result shows by itself: 14 Oslo days after it became final. */
export function safetyNetAt(finalAt: Date): Date {
  return addOsloDaysExact(finalAt, SAFETY_NET_DAYS);
}

/**
 * The safety net turned the other way: an AFTER_REVIEW result that became final at or before this
 * moment already shows to the patient at `now`, so it no longer waits for a clinician.
 */
export function safetyNetPassedFor(now: Date): Date {
  return addOsloDaysExact(now, -SAFETY_NET_DAYS);
}

export function resultVisibility(
  viewer: ResultViewer,
  result: ResultFacts,
  ctx: { now: Date; showAtOnce: boolean },
): ResultVisibility {
  if (viewer === "CLINICIAN") return { state: "visible" };
  if (viewer === "GUARDIAN" && result.hiddenFromGuardians) return { state: "hidden" };
  if (result.status === "PRELIMINARY" || !result.finalAt) {
    return { state: "pending", showsBy: null, reason: "not_final" };
  }
  if (result.releasedAt && result.releasedAt <= ctx.now) return { state: "visible" };
  switch (result.releaseCategory) {
    case "IMMEDIATE":
      return { state: "visible" };
    case "AFTER_REVIEW": {
      if (ctx.showAtOnce) return { state: "visible" };
      const showsBy = safetyNetAt(result.finalAt);
      return ctx.now >= showsBy
        ? { state: "visible" }
        : { state: "pending", showsBy, reason: "awaiting_review" };
    }
    case "AFTER_CONVERSATION":
      return { state: "pending", showsBy: null, reason: "awaiting_conversation" };
  }
}
