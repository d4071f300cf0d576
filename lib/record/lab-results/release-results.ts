import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { UUID } from "@/lib/ids/uuid";

/** A work list checkbox names the patient and the result: "<personId>:<observationId>". */
/** The longest comment a clinician may write beside released results. */
export const RELEASE_COMMENT_MAX = 1000;

export const releaseSchema = z.object({
  items: z
    .array(
      z
        .string()
        .regex(new RegExp(`^${UUID.source.slice(1, -1)}:${UUID.source.slice(1, -1)}$`, "i")),
    )
    .min(1, "choose")
    .max(100),
  comment: z
    .string()
    .trim()
    .max(RELEASE_COMMENT_MAX, "too_long")
    .optional()
    .transform((c) => (c ? c : null)),
});

export type ReleaseInput = z.infer<typeof releaseSchema>;

/**
 * Releases results to the patient, each through the gate (LAB_RESULTS, UPDATE) with its own log
 * entry, optionally with a comment the patient sees beside the value. Only final results ordered by
 * one of the clinician's units, not yet released: the database decides, so two clinicians releasing
 * at once release each result once. Returns how many this call released.
 */
export async function releaseResults(
  db: Db,
  actor: Actor,
  input: ReleaseInput,
  now = new Date(),
): Promise<{ released: number; skipped: number }> {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const unitIds = actor.units.map((u) => u.id);
  let released = 0;
  let skipped = 0;
  for (const item of new Set(input.items.map((i) => i.toLowerCase()))) {
    const [personId, observationId] = item.split(":") as [string, string];
    try {
      const count = await withAccess(
        db,
        actor,
        { subject: personId, category: "LAB_RESULTS", action: "UPDATE" },
        async (tx, access) => {
          const result = await tx.labObservation.updateMany({
            where: {
              id: observationId,
              personId: access.subject.id,
              releasedAt: null,
              status: { in: ["FINAL", "CORRECTED"] },
              requisition: { orderingUnitId: { in: unitIds } },
            },
            data: {
              releasedAt: now,
              releasedById: actor.clinicianId,
              ...(input.comment ? { comment: input.comment } : {}),
            },
          });
          // Nothing changed, nothing to log: roll the entry back with the transaction.
          if (result.count === 0) throw new NothingReleased();
          access.item("lab_observation", observationId);
          return result.count;
        },
        { now },
      );
      released += count;
    } catch (error) {
      if (error instanceof NothingReleased || error instanceof AccessDeniedError) skipped += 1;
      else throw error;
    }
  }
  return { released, skipped };
}

class NothingReleased extends Error {}
