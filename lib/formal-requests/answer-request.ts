import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { reachableUnitIds } from "./clinician-reach";
import { FormalRequestStatusChangedError } from "./errors";
import { FORMAL_REQUEST_TEXT_MAX } from "./limits";
import { subjectForRequest } from "./locate-request";

/**
 * The answer: "ANSWERED" (innsyn given; for retting and sletting: done) with a text the citizen
 * reads, or "REFUSED" with the reason, which gives the citizen the right to complain to
 * Statsforvalteren (pasient- og brukerrettighetsloven § 7-2).
 */
export const formalAnswerInput = z.object({
  outcome: z.enum(["ANSWERED", "REFUSED"]),
  answer: z.string().trim().min(1).max(FORMAL_REQUEST_TEXT_MAX),
});

export type FormalAnswerInput = z.infer<typeof formalAnswerInput>;

/**
 * A clinician of the unit answers or refuses. Through the gate (FORMAL_REQUESTS, UPDATE) and logged.
 * One conditional update decides (only an open request moves; the database's trigger refuses any
 * change to an answered one), then the history step and the outbox notifications, which say only
 * that an answer is waiting, for the person and whoever filed for them.
 */
export async function answerFormalRequest(
  db: Db,
  actor: Actor,
  input: { requestId: string; personId?: string | undefined } & FormalAnswerInput,
  now = new Date(),
): Promise<{ id: string; status: FormalAnswerInput["outcome"] }> {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const parsed = formalAnswerInput.parse(input);
  const personId = await subjectForRequest(db, actor, input);
  if (!personId) throw new NotFoundError("formal_request");
  return withAccess(
    db,
    actor,
    { subject: personId, category: "FORMAL_REQUESTS", action: "UPDATE" },
    async (tx, access) => {
      const where = {
        id: input.requestId,
        personId: access.subject.id,
        unitId: { in: reachableUnitIds(actor, access.items) },
      };
      const { count } = await tx.formalRequest.updateMany({
        where: { ...where, status: { in: ["RECEIVED", "IN_PROGRESS"] } },
        data: {
          status: parsed.outcome,
          answer: parsed.answer,
          answeredAt: now,
          answeredById: actor.clinicianId,
        },
      });
      if (count !== 1) {
        const exists = await tx.formalRequest.count({ where });
        if (exists === 0) throw new NotFoundError("formal_request");
        throw new FormalRequestStatusChangedError();
      }
      const request = await tx.formalRequest.findUniqueOrThrow({
        where: { id: input.requestId },
        select: { filedById: true },
      });
      await tx.formalRequestEvent.create({
        data: {
          requestId: input.requestId,
          kind: parsed.outcome,
          at: now,
          actorClinicianId: actor.clinicianId,
        },
      });
      for (const who of new Set([access.subject.id, request.filedById])) {
        await enqueueNotification(tx, {
          personId: who,
          template: "formal_request_answered",
          changeKey: `formal_request:${input.requestId}:answered:${who}`,
        });
      }
      access.item("formal_request", input.requestId);
      return { id: input.requestId, status: parsed.outcome };
    },
    { now },
  );
}
