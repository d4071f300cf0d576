import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { changeDeadline } from "./bookable";
import { findOwnAppointment } from "./find-own-appointment";
import { parseQuestionnaire } from "./questionnaire-form";

/** One appointment with what the person can still do with it. */
export async function getAppointment(db: Db, actor: Actor, subject: string, appointmentId: string, now = new Date()) {
  return withAccess(db, actor, { subject, category: "APPOINTMENTS", action: "READ" }, async (tx, access) => {
    const a = await findOwnAppointment(tx, access, appointmentId, now);
    access.item("appointment", a.id);
    const questionnaire = await tx.questionnaire.findFirst({
      where: a.questionnaireResponse ? { id: a.questionnaireResponse.questionnaireId } : { unitId: a.slot.unitId, active: true },
      select: { id: true, title: true, fhir: true },
    });
    const deadline = changeDeadline(a.slot.startsAt, a.slot.unit.cancellationDeadlineHours);
    const upcoming = a.status === "BOOKED" && a.slot.startsAt > now;
    return {
      appointment: a,
      unit: a.slot.unit,
      questionnaire: questionnaire ? { id: questionnaire.id, title: questionnaire.title, form: parseQuestionnaire(questionnaire.fhir) } : null,
      upcoming,
      changeable: upcoming && now <= deadline,
      changeableUntil: deadline,
      subjectName: `${access.subject.givenName} ${access.subject.familyName}`,
    };
  }, { now });
}
