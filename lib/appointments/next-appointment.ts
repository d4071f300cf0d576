import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { appointmentPrefilter, appointmentVisibility } from "./appointment-visibility";

/**
 * For the front page: the subject's next appointment (or null) and how many more are coming, in one
 * query through the gate, so looking at the front page shows in the access log like any other read.
 * The count comes from the same rows the item rule kept, so an appointment hidden from a guardian is
 * neither shown nor counted.
 */
export async function getNextAppointment(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject, category: "APPOINTMENTS", action: "READ" },
    async (tx, access) => {
      // A person's upcoming appointments are few: read them all and let the item rule count.
      const rows = await tx.appointment.findMany({
        where: {
          personId: access.subject.id,
          status: "BOOKED",
          slot: { endsAt: { gt: now } },
          ...appointmentPrefilter(access.items),
        },
        orderBy: [{ slot: { startsAt: "asc" } }, { id: "asc" }],
        select: {
          id: true,
          bookedById: true,
          hiddenFromGuardians: true,
          slot: {
            select: {
              unitId: true,
              startsAt: true,
              endsAt: true,
              mode: true,
              location: true,
              visitType: true,
              unit: {
                select: {
                  name: true,
                  kind: true,
                  organisationId: true,
                  questionnaires: { where: { active: true }, select: { id: true }, take: 1 },
                },
              },
            },
          },
          questionnaireResponse: { select: { status: true } },
        },
      });
      const shown = rows.flatMap((a) => {
        const v = appointmentVisibility(access.items, a);
        return v.visible ? [{ a, redacted: v.redacted }] : [];
      });
      const first = shown[0];
      if (!first) return { next: null, moreCount: 0 };
      const { a: next, redacted } = first;
      access.item("appointment", next.id);
      const hasForm = next.slot.unit.questionnaires.length > 0 && !redacted.has("answers");
      return {
        next: {
          id: next.id,
          startsAt: next.slot.startsAt,
          endsAt: next.slot.endsAt,
          mode: next.slot.mode,
          location: next.slot.location,
          unitKind: next.slot.unit.kind,
          visitType: redacted.has("visitType") ? null : next.slot.visitType,
          unitName: next.slot.unit.name,
          questionnaire: hasForm ? (next.questionnaireResponse?.status ?? "NOT_STARTED") : "none",
        },
        moreCount: shown.length - 1,
      };
    },
    { now },
  );
}
