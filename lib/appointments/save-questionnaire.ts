import type { Db, Prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { findOwnAppointment } from "./find-own-appointment";
import {
  buildResponse,
  parseQuestionnaire,
  validateAnswers,
  type AnswerError,
  type Answers,
} from "./questionnaire-form";

export type SaveQuestionnaireResult =
  | { ok: true; status: "DRAFT" | "SUBMITTED" }
  | { ok: false; reason: "invalid"; errors: Record<string, AnswerError> }
  | { ok: false; reason: "already_submitted" | "not_upcoming" };

/**
 * Saves the pre-visit answers as a draft, or submits them once. After submission the answers are
 * the clinician's to read and can no longer be changed online.
 */
export async function saveQuestionnaire(
  db: Db,
  actor: Actor,
  input: { subject: string; appointmentId: string; answers: Answers; submit: boolean },
  now = new Date(),
): Promise<SaveQuestionnaireResult> {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "APPOINTMENTS", action: "UPDATE" },
    async (tx, access) => {
      const appointment = await findOwnAppointment(tx, access, input.appointmentId);
      // Answers are the young person's words: whoever may not read them may not write them either.
      if (appointment.redacted.has("answers")) throw new NotFoundError("appointment");
      access.item("appointment", appointment.id);
      if (appointment.status !== "BOOKED" || appointment.slot.startsAt <= now) {
        return { ok: false as const, reason: "not_upcoming" as const };
      }
      if (appointment.questionnaireResponse?.status === "SUBMITTED") {
        return { ok: false as const, reason: "already_submitted" as const };
      }
      const questionnaire = await tx.questionnaire.findFirst({
        where: appointment.questionnaireResponse
          ? { id: appointment.questionnaireResponse.questionnaireId }
          : { unitId: appointment.slot.unitId, active: true },
        select: { id: true, fhir: true },
      });
      if (!questionnaire) throw new NotFoundError("questionnaire");
      const items = parseQuestionnaire(questionnaire.fhir);
      const errors = validateAnswers(items, input.answers, input.submit);
      if (Object.keys(errors).length > 0)
        return { ok: false as const, reason: "invalid" as const, errors };

      const status = input.submit ? ("SUBMITTED" as const) : ("DRAFT" as const);
      const response = buildResponse(
        questionnaire.id,
        items,
        input.answers,
        input.submit ? "completed" : "in-progress",
        now,
      );
      // Round-trip to plain JSON: drops undefined fields and gives Prisma a JSON value it can type.
      const fhir = JSON.parse(JSON.stringify(response)) as Prisma.InputJsonObject;
      // The status guard makes a second submission (another tab, a double click) change nothing.
      const { count } = await tx.questionnaireResponse.updateMany({
        where: { appointmentId: appointment.id, status: "DRAFT" },
        data: {
          fhir,
          status,
          authoredById: actor.personId,
          submittedAt: input.submit ? now : null,
        },
      });
      if (count === 0) {
        const created = await tx.questionnaireResponse.createManyAndReturn({
          data: [
            {
              appointmentId: appointment.id,
              questionnaireId: questionnaire.id,
              authoredById: actor.personId,
              status,
              fhir,
              submittedAt: input.submit ? now : null,
            },
          ],
          skipDuplicates: true,
          select: { id: true },
        });
        if (created.length === 0)
          return { ok: false as const, reason: "already_submitted" as const };
      }
      return { ok: true as const, status };
    },
    { now },
  );
}
