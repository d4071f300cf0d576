import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { addOsloDays, osloDateKey } from "@/lib/time/oslo";
import { RenewalAlreadyDecidedError } from "./errors";
import { locateRenewalRequest } from "./locate-renewal-request";
import { answerRenewalThread } from "./renewal-thread";

export const DECLINE_REASON_MAX = 1000;
/** A Norwegian prescription is valid for one year unless stated otherwise (reseptforskriften). */
export const RENEWAL_MAX_DAYS = 366;

export type RenewalDecision =
  | { kind: "RENEW"; /** yyyy-mm-dd, Oslo calendar day */ newEndDate: string }
  | { kind: "DECLINE"; reason: string };

/** Why a decision's input cannot be used (the form says which field). */
export class InvalidDecisionError extends Error {
  constructor(
    readonly field: "newEndDate" | "reason",
    readonly why: "required" | "not_future" | "too_far" | "too_long",
  ) {
    super(`invalid_decision:${field}:${why}`);
    this.name = "InvalidDecisionError";
  }
}

/** The new end date must be a day after today and at most a year ahead. */
export function checkDecision(decision: RenewalDecision, now: Date): void {
  if (decision.kind === "DECLINE") {
    const reason = decision.reason.trim();
    if (!reason) throw new InvalidDecisionError("reason", "required");
    if (reason.length > DECLINE_REASON_MAX) throw new InvalidDecisionError("reason", "too_long");
    return;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(decision.newEndDate))
    throw new InvalidDecisionError("newEndDate", "required");
  const today = osloDateKey(now);
  if (decision.newEndDate <= today) throw new InvalidDecisionError("newEndDate", "not_future");
  if (decision.newEndDate > addOsloDays(today, RENEWAL_MAX_DAYS))
    throw new InvalidDecisionError("newEndDate", "too_far");
}

/**
 * A clinician of the unit the request was sent to renews (new prescription end date, dispensings
 * start over) or declines with a reason the citizen reads. Through the gate (MEDICATIONS, UPDATE)
 * and logged; the status change is conditional on the request still being open, so of two
 * clinicians answering at once one wins and the other is told. The citizen, and whoever asked for
 * them, get an outbox notification that says only that an answer is waiting. A request with a thread
 * in the unit's inbox gets the answer there too, and the thread is closed.
 */
export async function decideRenewal(
  db: Db,
  actor: Actor,
  input: { requestId: string; decision: RenewalDecision },
  now = new Date(),
): Promise<{ personId: string; status: "RENEWED" | "DECLINED" }> {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  checkDecision(input.decision, now);
  const personId = await locateRenewalRequest(db, actor, input.requestId);
  if (!personId) throw new NotFoundError("renewal_request");
  const decision = input.decision;
  const status = decision.kind === "RENEW" ? "RENEWED" : "DECLINED";
  const newEndDate =
    decision.kind === "RENEW" ? new Date(`${decision.newEndDate}T00:00:00Z`) : null;
  const declineReason = decision.kind === "DECLINE" ? decision.reason.trim() : null;

  return withAccess(
    db,
    actor,
    { subject: personId, category: "MEDICATIONS", action: "UPDATE" },
    async (tx, access) => {
      const request = await tx.medicationRenewalRequest.findFirst({
        where: {
          id: input.requestId,
          personId: access.subject.id,
          unitId: { in: actor.units.map((u) => u.id) },
        },
        select: {
          id: true,
          medicationId: true,
          requestedById: true,
          threadId: true,
          medication: { select: { endDate: true, name: true, strength: true } },
        },
      });
      if (!request) throw new NotFoundError("renewal_request");
      const { count } = await tx.medicationRenewalRequest.updateMany({
        where: { id: request.id, status: "REQUESTED" },
        data: {
          status,
          openForMedicationId: null,
          decidedAt: now,
          decidedById: actor.clinicianId,
          declineReason,
          newEndDate,
        },
      });
      if (count !== 1) throw new RenewalAlreadyDecidedError();
      if (newEndDate) {
        const endDate = request.medication.endDate;
        await tx.medicationStatement.update({
          where: { id: request.medicationId },
          data: {
            prescriptionValidUntil: newEndDate,
            dispensesUsed: 0,
            // A planned end before the new prescription's end would contradict it.
            ...(endDate && endDate < newEndDate ? { endDate: newEndDate } : {}),
          },
        });
      }
      if (request.threadId)
        await answerRenewalThread(tx, {
          threadId: request.threadId,
          clinicianId: actor.clinicianId,
          medication: `${request.medication.name} ${request.medication.strength}`,
          decision: newEndDate
            ? { kind: "RENEW", newEndDate }
            : { kind: "DECLINE", reason: declineReason ?? "" },
          now,
        });
      for (const who of new Set([access.subject.id, request.requestedById])) {
        await enqueueNotification(tx, {
          personId: who,
          template: "medication_renewal_answered",
          changeKey: `renewal:${request.id}:decided:${who}`,
        });
      }
      access.item("medication_renewal_request", request.id);
      return { personId: access.subject.id, status };
    },
    { now },
  );
}
