import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { isLimitedGuardianView } from "@/lib/access/item-visibility";
import { withAccess } from "@/lib/access/gate";
import { changeDeadline } from "./bookable";
import { findOwnAppointment } from "./find-own-appointment";
import { parseQuestionnaire } from "./questionnaire-form";

/**
 * One appointment with what the person can still do with it. What the item rule redacts for this
 * access (lib/access/item-visibility.ts) comes back as null, and the answers not at all.
 */
export async function getAppointment(
  db: Db,
  actor: Actor,
  subject: string,
  appointmentId: string,
  now = new Date(),
) {
  return withAccess(
    db,
    actor,
    { subject, category: "APPOINTMENTS", action: "READ" },
    async (tx, access) => {
      const { redacted, reason, outcome, questionnaireResponse, visitSummaryId, slot, ...a } =
        await findOwnAppointment(tx, access, appointmentId);
      access.item("appointment", a.id);
      const answersShown = !redacted.has("answers");
      // The form already started, else the unit's active one: both come with the appointment.
      const questionnaire = answersShown
        ? questionnaireResponse
          ? questionnaireResponse.questionnaire
          : (slot.unit.questionnaires[0] ?? null)
        : null;
      const deadline = changeDeadline(slot.startsAt, slot.unit.cancellationDeadlineHours);
      const upcoming = a.status === "BOOKED" && slot.startsAt > now;
      return {
        appointment: {
          ...a,
          reason: redacted.has("reason") ? null : reason,
          outcome: redacted.has("outcome") ? null : outcome,
          visitSummaryId,
          questionnaireResponse: answersShown ? questionnaireResponse : null,
          slot: {
            ...slot,
            visitType: redacted.has("visitType") ? null : slot.visitType,
            clinician: redacted.has("clinician") ? null : slot.clinician,
          },
        },
        unit: slot.unit,
        questionnaire: questionnaire
          ? {
              id: questionnaire.id,
              title: questionnaire.title,
              form: parseQuestionnaire(questionnaire.fhir),
            }
          : null,
        upcoming,
        changeable: upcoming && now <= deadline,
        changeableUntil: deadline,
        /** A parent of a 12–15-year-old: the page says why it shows time and place only. */
        limited: isLimitedGuardianView(access.items),
        subjectName: `${access.subject.givenName} ${access.subject.familyName}`,
      };
    },
    { now },
  );
}
