import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";

export const HIDE_REASON_MIN = 5;
export const HIDE_REASON_MAX = 500;

export const hideFromGuardiansSchema = z.discriminatedUnion("hidden", [
  z.object({
    personId: z.uuid(),
    observationId: z.uuid(),
    hidden: z.literal(true),
    reason: z.string().trim().min(HIDE_REASON_MIN, "too_short").max(HIDE_REASON_MAX, "too_long"),
  }),
  z.object({ personId: z.uuid(), observationId: z.uuid(), hidden: z.literal(false) }),
]);

export type HideFromGuardiansInput = z.infer<typeof hideFromGuardiansSchema>;

/**
 * "Ikke vis til foresatte": a clinician in care marks one result as not shown to parents or proxies,
 * with a reason (kept for the record, never shown to guardians), or lifts the mark. Through the gate
 * (LAB_RESULTS, UPDATE), logged with the result named.
 */
export async function setHiddenFromGuardians(
  db: Db,
  actor: Actor,
  input: HideFromGuardiansInput,
  now = new Date(),
): Promise<void> {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  await withAccess(
    db,
    actor,
    { subject: input.personId, category: "LAB_RESULTS", action: "UPDATE" },
    async (tx, access) => {
      const result = await tx.labObservation.updateMany({
        where: { id: input.observationId, personId: access.subject.id },
        data: input.hidden
          ? { hiddenFromGuardians: true, hiddenReason: input.reason, hiddenById: actor.clinicianId }
          : { hiddenFromGuardians: false, hiddenReason: null, hiddenById: null },
      });
      if (result.count === 0) throw new NotFoundError("lab_observation");
      access.item("lab_observation", input.observationId);
    },
    { now },
  );
}
