import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { isLimitedGuardianView } from "@/lib/access/item-visibility";
import { isNoteVisible, noteFactsSelect } from "@/lib/record/note-visibility";
import { appointmentPrefilter, appointmentVisibility } from "./appointment-visibility";
import { changeDeadline } from "./bookable";

/**
 * The subject's appointments, split into upcoming and past, in one query. Each row passes the item
 * rule: hidden ones are left out, and what a row must not show comes back as null.
 */
export async function listAppointments(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject, category: "APPOINTMENTS", action: "READ" },
    async (tx, access) => {
      const rows = await tx.appointment.findMany({
        where: {
          personId: access.subject.id,
          status: { not: "RESCHEDULED" },
          ...appointmentPrefilter(access.items),
        },
        orderBy: { slot: { startsAt: "asc" } },
        // Every scalar comes with include, so the item rule's facts (appointmentFactsSelect) are here.
        include: {
          slot: {
            include: {
              unit: {
                select: {
                  kind: true,
                  organisationId: true,
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
          visitSummary: { select: { id: true, ...noteFactsSelect } },
        },
      });
      const view = rows.flatMap((a) => {
        const v = appointmentVisibility(access.items, a);
        if (!v.visible) return [];
        const shows = (field: Parameters<typeof v.redacted.has>[0]) => !v.redacted.has(field);
        return [
          {
            id: a.id,
            status: a.status,
            startsAt: a.slot.startsAt,
            endsAt: a.slot.endsAt,
            mode: a.slot.mode,
            location: a.slot.location,
            unitKind: a.slot.unit.kind,
            visitType: shows("visitType") ? a.slot.visitType : null,
            unitName: a.slot.unit.name,
            organisationName: a.slot.unit.organisation.name,
            clinicianName:
              a.slot.clinician && shows("clinician")
                ? `${a.slot.clinician.givenName} ${a.slot.clinician.familyName}`
                : null,
            reason: shows("reason") ? a.reason : null,
            outcome: shows("outcome") ? a.outcome : null,
            visitSummaryId:
              a.visitSummary && shows("visitSummary") && isNoteVisible(access, a.visitSummary)
                ? a.visitSummary.id
                : null,
            questionnaire:
              a.slot.unit.questionnaires.length === 0 || !shows("answers")
                ? "none"
                : (a.questionnaireResponse?.status ?? "NOT_STARTED"),
            changeableUntil: changeDeadline(a.slot.startsAt, a.slot.unit.cancellationDeadlineHours),
          },
        ];
      });
      return {
        /** A parent of a 12–15-year-old: the page says why it shows time and place only. */
        limited: isLimitedGuardianView(access.items),
        upcoming: view.filter((a) => a.status === "BOOKED" && a.endsAt > now),
        past: view.filter((a) => !(a.status === "BOOKED" && a.endsAt > now)).reverse(),
      };
    },
    { now },
  );
}

export type AppointmentListItem = Awaited<ReturnType<typeof listAppointments>>["upcoming"][number];
