import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { MIN_EMERGENCY_REASON_LENGTH } from "@/lib/access/rules";

/** How long an emergency access lasts before the clinician must state a reason again. */
export const EMERGENCY_ACCESS_MINUTES = 120;
export const EMERGENCY_REASON_MAX = 500;

export const emergencyReasonSchema = z
  .string()
  .trim()
  .min(MIN_EMERGENCY_REASON_LENGTH)
  .max(EMERGENCY_REASON_MAX);

/**
 * Starts a clinician's emergency access to a patient (akuttilgang). It goes through the gate with the
 * stated reason, so shielding and everything else still decide, and the start itself is logged as an
 * emergency access. With a care relation there is nothing to start: returns null.
 */
export async function startEmergencyAccess(
  db: Db,
  actor: Actor,
  input: { personId: string; reason: string },
  now = new Date(),
): Promise<{ expiresAt: Date } | null> {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const reason = emergencyReasonSchema.parse(input.reason);
  return withAccess(
    db,
    actor,
    { subject: input.personId, category: "PROFILE", action: "READ", emergencyReason: reason },
    async (tx, access) => {
      if (access.basis !== "EMERGENCY") return null;
      const started = await tx.emergencyAccess.create({
        data: {
          clinicianId: actor.clinicianId,
          personId: access.subject.id,
          reason,
          startedAt: now,
          expiresAt: new Date(now.getTime() + EMERGENCY_ACCESS_MINUTES * 60_000),
        },
        select: { id: true, expiresAt: true },
      });
      access.item("emergency_access", started.id);
      return { expiresAt: started.expiresAt };
    },
    { now },
  );
}

/** The clinician's emergency access to this patient that is active now (not health data: no log). */
export async function activeEmergencyAccess(
  db: Db,
  actor: Actor,
  personId: string,
  now = new Date(),
) {
  if (actor.kind !== "CLINICIAN") return null;
  return db.emergencyAccess.findFirst({
    where: {
      clinicianId: actor.clinicianId,
      personId,
      startedAt: { lte: now },
      expiresAt: { gt: now },
    },
    orderBy: { startedAt: "desc" },
    select: { expiresAt: true },
  });
}
