import type { Tx } from "@/lib/db/client";
import type { Access } from "@/lib/access/gate";
import { NotFoundError } from "@/lib/access/errors";
import { isNoteVisible, noteFactsSelect } from "@/lib/record/note-visibility";
import { appointmentPrefilter, appointmentVisibility } from "./appointment-visibility";

const questionnaireSelect = { id: true, title: true, fhir: true } as const;

/**
 * The appointment with this id, only if it belongs to the subject the gate admitted and the item
 * rule lets this access see it. Any other id is "not found": the id from the request is never
 * trusted. `redacted` names what this access must not be shown (for a parent of a 12–15-year-old):
 * the row itself stays whole, because changing a time carries the reason over, so every view built
 * from it must leave those fields out (see getAppointment).
 */
export async function findOwnAppointment(tx: Tx, access: Access, appointmentId: string) {
  const appointment = await tx.appointment.findFirst({
    where: {
      id: appointmentId,
      personId: access.subject.id,
      ...appointmentPrefilter(access.items),
    },
    include: {
      slot: {
        include: {
          unit: {
            include: {
              organisation: { select: { name: true } },
              // The form to offer when none is started yet: read here so the page needs no second query.
              questionnaires: {
                where: { active: true },
                select: questionnaireSelect,
                orderBy: { id: "asc" },
                take: 1,
              },
            },
          },
          clinician: { select: { givenName: true, familyName: true, profession: true } },
        },
      },
      questionnaireResponse: {
        select: {
          id: true,
          status: true,
          fhir: true,
          submittedAt: true,
          questionnaireId: true,
          questionnaire: { select: questionnaireSelect },
        },
      },
      visitSummary: { select: { id: true, ...noteFactsSelect } },
    },
  });
  if (!appointment) throw new NotFoundError("appointment");
  const visibility = appointmentVisibility(access.items, appointment);
  if (!visibility.visible) throw new NotFoundError("appointment");
  const { visitSummary, ...rest } = appointment;
  // Only the id of a summary this access may read; the text itself is read through the NOTES gate.
  const summaryShown =
    visitSummary && !visibility.redacted.has("visitSummary") && isNoteVisible(access, visitSummary);
  return {
    ...rest,
    visitSummaryId: summaryShown ? visitSummary.id : null,
    redacted: visibility.redacted,
  };
}

export type OwnAppointment = Awaited<ReturnType<typeof findOwnAppointment>>;
