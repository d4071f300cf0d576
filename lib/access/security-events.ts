import type { Db } from "@/lib/db/client";
import type { AccessAction, DataCategory } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";

/** Subjects come from URLs and forms: keep what was given, but not without bound. */
const SUBJECT_MAX = 200;

/**
 * Writes a gate refusal to the security event table for the organisation's review. Runs on its own
 * connection after the gate's transaction has rolled back, so the refusal survives it. Never read
 * back to the person asked about. A failure to record is reported but never replaces the refusal.
 */
export async function recordRefusal(
  db: Db,
  actor: Actor,
  request: { subject: string; category: DataCategory; action: AccessAction },
  reason: string,
): Promise<void> {
  try {
    await db.securityEvent.create({
      data: {
        actorKind: actor.kind,
        actorPersonId: actor.kind === "CITIZEN" ? actor.personId : null,
        actorClinicianId: actor.kind === "CITIZEN" ? null : actor.clinicianId,
        actorName: actor.name,
        subjectAsGiven: request.subject.slice(0, SUBJECT_MAX),
        category: request.category,
        action: request.action,
        reason,
      },
    });
  } catch (error) {
    console.error(
      `[security-event] a refusal (${reason}) could not be recorded: ${error instanceof Error ? error.name : "unknown error"}`,
    );
  }
}
