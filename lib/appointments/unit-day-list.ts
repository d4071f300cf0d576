import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccessToMany } from "@/lib/access/gate";
import { addOsloDays, startOfOsloDay } from "@/lib/time/oslo";
import { appointmentFactsSelect, appointmentVisibility } from "./appointment-visibility";
import { parseQuestionnaire, responseToAnswers } from "./questionnaire-form";

/**
 * A unit's appointments on one Oslo day, with the questionnaire answers. Only members of the unit
 * see it, and each patient shown passes the gate and is logged (one entry per patient). Two reads:
 * the list with the item rule's facts, then the details of the rows it keeps, so the reason and the
 * answers of a patient the clinician may not see are never read out of the database.
 */
export async function getUnitDayList(
  db: Db,
  actor: Actor,
  input: { unitId: string; day: string },
  now = new Date(),
) {
  if (actor.kind !== "CLINICIAN" || !actor.units.some((u) => u.id === input.unitId)) {
    throw new AccessDeniedError("not_member");
  }
  const from = startOfOsloDay(input.day);
  const to = startOfOsloDay(addOsloDays(input.day, 1));
  return withAccessToMany(
    db,
    actor,
    { category: "APPOINTMENTS", action: "READ" },
    async (tx, access) => {
      // First who is on the list and the facts the item rule needs; reasons and answers are read only
      // for the rows the gate and the item rule let through.
      const rows = await tx.appointment.findMany({
        where: {
          status: { in: ["BOOKED", "COMPLETED", "NO_SHOW"] },
          slot: { unitId: input.unitId, startsAt: { gte: from, lt: to } },
        },
        orderBy: [{ slot: { startsAt: "asc" } }, { id: "asc" }],
        select: { id: true, personId: true, ...appointmentFactsSelect },
      });
      const permitted = await access.permitted(rows.map((r) => r.personId));
      const shown = rows.filter((r) => {
        const view = permitted.has(r.personId) ? access.items(r.personId) : null;
        return view !== null && appointmentVisibility(view, r).visible;
      });
      if (shown.length === 0) return [];
      const details = await tx.appointment.findMany({
        where: { id: { in: shown.map((r) => r.id) } },
        orderBy: [{ slot: { startsAt: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          reason: true,
          person: { select: { id: true, givenName: true, familyName: true, birthDate: true } },
          slot: {
            select: {
              startsAt: true,
              endsAt: true,
              mode: true,
              location: true,
              visitType: true,
              clinician: { select: { givenName: true, familyName: true } },
            },
          },
          questionnaireResponse: {
            select: {
              status: true,
              fhir: true,
              submittedAt: true,
              questionnaire: { select: { fhir: true } },
            },
          },
        },
      });
      return details.map((r) => {
        const submitted =
          r.questionnaireResponse?.status === "SUBMITTED" ? r.questionnaireResponse : null;
        const answers = submitted ? responseToAnswers(submitted.fhir) : {};
        return {
          id: r.id,
          status: r.status,
          patient: r.person,
          startsAt: r.slot.startsAt,
          endsAt: r.slot.endsAt,
          mode: r.slot.mode,
          location: r.slot.location,
          visitType: r.slot.visitType,
          clinicianName: r.slot.clinician
            ? `${r.slot.clinician.givenName} ${r.slot.clinician.familyName}`
            : null,
          reason: r.reason,
          questionnaire: submitted
            ? parseQuestionnaire(submitted.questionnaire.fhir).map((item) => ({
                ...item,
                answer: answers[item.linkId] ?? null,
              }))
            : null,
          questionnaireStatus: r.questionnaireResponse?.status ?? null,
        };
      });
    },
    { now },
  );
}
