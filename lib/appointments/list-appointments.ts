import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { isNoteVisible } from "@/lib/record/note-visibility";
import { changeDeadline } from "./bookable";

/** The subject's appointments, split into upcoming and past, in one query. */
export async function listAppointments(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(db, actor, { subject, category: "APPOINTMENTS", action: "READ" }, async (tx, access) => {
    const rows = await tx.appointment.findMany({
      where: {
        personId: access.subject.id,
        status: { not: "RESCHEDULED" },
        ...(access.asGuardian ? { hiddenFromGuardians: false } : {}),
      },
      orderBy: { slot: { startsAt: "asc" } },
      include: {
        slot: {
          include: {
            unit: {
              select: {
                name: true,
                cancellationDeadlineHours: true,
                organisation: { select: { name: true } },
                questionnaires: { where: { active: true }, select: { id: true }, take: 1 },
              },
            },
            clinician: { select: { givenName: true, familyName: true, profession: true } },
          },
        },
        questionnaireResponse: { select: { status: true } },
        visitSummary: { select: { id: true, visibleToPatientFrom: true, hiddenFromGuardians: true } },
      },
    });
    const view = rows.map((a) => ({
      id: a.id,
      status: a.status,
      startsAt: a.slot.startsAt,
      endsAt: a.slot.endsAt,
      mode: a.slot.mode,
      location: a.slot.location,
      visitType: a.slot.visitType,
      unitName: a.slot.unit.name,
      organisationName: a.slot.unit.organisation.name,
      clinicianName: a.slot.clinician ? `${a.slot.clinician.givenName} ${a.slot.clinician.familyName}` : null,
      reason: a.reason,
      outcome: a.outcome,
      visitSummaryId: a.visitSummary && isNoteVisible(access, a.visitSummary, now) ? a.visitSummary.id : null,
      questionnaire: a.slot.unit.questionnaires.length === 0 ? "none" : (a.questionnaireResponse?.status ?? "NOT_STARTED"),
      changeableUntil: changeDeadline(a.slot.startsAt, a.slot.unit.cancellationDeadlineHours),
    }));
    return {
      upcoming: view.filter((a) => a.status === "BOOKED" && a.endsAt > now),
      past: view.filter((a) => !(a.status === "BOOKED" && a.endsAt > now)).reverse(),
    };
  }, { now });
}

export type AppointmentListItem = Awaited<ReturnType<typeof listAppointments>>["upcoming"][number];
