import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { lockSlotForClosing } from "./lock-slot";
import { addOsloDays, osloWallClock, startOfOsloDay } from "@/lib/time/oslo";

/** Who may open and close a unit's slots: its clinicians (schedules are not health data). */
function assertMember(actor: Actor, unitId: string): void {
  if (actor.kind !== "CLINICIAN" || !actor.units.some((u) => u.id === unitId))
    throw new AccessDeniedError("not_member");
}

export const publishSlotsSchema = z.object({
  unitId: z.uuid(),
  day: z.iso.date(),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  count: z.coerce.number().int().min(1).max(40),
  durationMinutes: z.coerce.number().int().min(5).max(240),
  mode: z.enum(["IN_PERSON", "VIDEO", "PHONE"]),
  location: z.string().trim().max(200).optional(),
  visitType: z.string().trim().min(1).max(100),
});
export type PublishSlotsInput = z.infer<typeof publishSlotsSchema>;

/** What "Legg ut tidene" did: `created` new times of `planned`; the rest overlapped open times. */
export type PublishResult = { created: number; planned: number; overlapping: number };

/**
 * Opens `count` consecutive slots from a wall-clock time on an Oslo day. Times are computed in
 * Europe/Oslo and stored in UTC, so a schedule across a DST switch keeps its local times.
 * A time that overlaps one of the clinician's open times is skipped, decided by the database
 * (the slot_clinician_no_overlap exclusion constraint with ON CONFLICT DO NOTHING), so two
 * publishes at the same moment cannot both get in.
 */
export async function publishSlots(
  db: Db,
  actor: Actor,
  input: PublishSlotsInput,
  now = new Date(),
): Promise<PublishResult> {
  assertMember(actor, input.unitId);
  const [h, m] = input.startTime.split(":").map(Number) as [number, number];
  const slots = [];
  for (let i = 0; i < input.count; i++) {
    const minutes = h * 60 + m + i * input.durationMinutes;
    if (minutes + input.durationMinutes > 24 * 60) break;
    const startsAt = osloWallClock(input.day, Math.floor(minutes / 60), minutes % 60);
    if (startsAt <= now) continue;
    slots.push({
      unitId: input.unitId,
      clinicianId: actor.kind === "CLINICIAN" ? actor.clinicianId : null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
      mode: input.mode,
      location: input.location || null,
      visitType: input.visitType,
    });
  }
  if (slots.length === 0) return { created: 0, planned: 0, overlapping: 0 };
  // skipDuplicates is ON CONFLICT DO NOTHING without a target: it also skips exclusion conflicts.
  const { count } = await db.slot.createMany({ data: slots, skipDuplicates: true });
  return { created: count, planned: slots.length, overlapping: slots.length - count };
}

/** Closes a free slot. A slot someone holds is not closed here: the appointment must be cancelled. */
export async function closeSlot(db: Db, actor: Actor, slotId: string): Promise<"closed" | "held"> {
  return db.$transaction(
    async (tx) => {
      if (!(await lockSlotForClosing(tx, slotId))) throw new NotFoundError("slot");
      const slot = await tx.slot.findUniqueOrThrow({
        where: { id: slotId },
        select: { unitId: true },
      });
      assertMember(actor, slot.unitId);
      // Under the lock no booking of this slot is in flight, and this statement sees every one committed.
      const { count } = await tx.slot.updateMany({
        where: {
          id: slotId,
          status: "OPEN",
          appointments: { none: { holdsSlotId: { not: null } } },
        },
        data: { status: "CLOSED" },
      });
      return count === 1 ? "closed" : "held";
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/** The unit's slots on a day for the schedule page, with whether each is held. */
export async function listUnitSlots(db: Db, actor: Actor, input: { unitId: string; day: string }) {
  assertMember(actor, input.unitId);
  const rows = await db.slot.findMany({
    where: {
      unitId: input.unitId,
      startsAt: { gte: startOfOsloDay(input.day), lt: startOfOsloDay(addOsloDays(input.day, 1)) },
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      mode: true,
      visitType: true,
      _count: { select: { appointments: { where: { holdsSlotId: { not: null } } } } },
    },
  });
  return rows.map(({ _count, ...s }) => ({ ...s, held: _count.appointments > 0 }));
}
