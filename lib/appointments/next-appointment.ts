import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";

/**
 * For the front page: the subject's next appointment (or null) and how many more are coming, in two
 * queries through the gate, so looking at the front page shows in the access log like any other read.
 */
export async function getNextAppointment(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(db, actor, { subject, category: "APPOINTMENTS", action: "READ" }, async (tx, access) => {
    const where = {
      personId: access.subject.id,
      status: "BOOKED" as const,
      slot: { endsAt: { gt: now } },
      ...(access.asGuardian ? { hiddenFromGuardians: false } : {}),
    };
    // One after the other: a transaction has one connection.
    const next = await tx.appointment.findFirst({
        where,
        orderBy: { slot: { startsAt: "asc" } },
        select: {
          id: true,
          slot: {
            select: {
              startsAt: true,
              endsAt: true,
              mode: true,
              location: true,
              visitType: true,
              unit: { select: { name: true, questionnaires: { where: { active: true }, select: { id: true }, take: 1 } } },
            },
          },
          questionnaireResponse: { select: { status: true } },
        },
      });
    if (!next) return { next: null, moreCount: 0 };
    const upcoming = await tx.appointment.count({ where });
    access.item("appointment", next.id);
    const hasForm = next.slot.unit.questionnaires.length > 0;
    return {
      next: {
        id: next.id,
        startsAt: next.slot.startsAt,
        endsAt: next.slot.endsAt,
        mode: next.slot.mode,
        location: next.slot.location,
        visitType: next.slot.visitType,
        unitName: next.slot.unit.name,
        questionnaire: hasForm ? (next.questionnaireResponse?.status ?? "NOT_STARTED") : "none",
      },
      moreCount: upcoming - 1,
    };
  }, { now });
}
